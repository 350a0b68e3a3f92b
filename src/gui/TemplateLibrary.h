#pragma once

#include "JobFile.h"
#include "TemplateStore.h"

#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class TemplateLibrary;
}

class QFileSystemWatcher;
class QListWidgetItem;
class QTimer;

namespace sx {

/** The template library, for a dock: the templates of a TemplateStore folder, searchable, with open, save,
 *  rename, duplicate, delete, import and export. It follows the folder as other programs change it. A file
 *  that cannot be read stays in the list, marked as broken, with the reason as its tooltip. */
class TemplateLibrary : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateLibrary(TemplateStore* store, QWidget* parent = nullptr);
    ~TemplateLibrary() override;

    // The path of the selected template; empty when none is selected.
    QString selectedPath() const;
    void selectPath(const QString& path);

    // Copies job files into the library after checking each with JobFileFormat. A file that is not a valid job
    // file is reported (with line and column) and nothing of it is imported. Returns the paths imported.
    QStringList importFiles(const QStringList& paths);
    // Copies a template's file, byte for byte, to destination (replacing it). On failure the reason is shown.
    bool exportTemplate(const QString& path, const QString& destination);

    // The text of the inline message (errors and notices); empty when none is shown.
    QString message() const;

public Q_SLOTS:
    // Re-reads the folder, keeping the selection and the search.
    void refresh();
    // Asks for a name and description, then saves job in the library (replacing only on confirmation).
    void saveAsTemplate(const sx::Job& job);

Q_SIGNALS:
    // The user opened a template (double-click, Enter or Open).
    void openTemplate(const sx::JobFile& file, const QString& path);
    // The "Save current job as template" action: the owner answers with saveAsTemplate(currentJob).
    void saveAsTemplateRequested();

private:
    QListWidgetItem* selectedItem() const;
    QListWidgetItem* itemFor(const QString& path) const; // among the items shown
    bool isBroken(const QListWidgetItem* item) const;
    QStringList otherNames(const QString& exceptPath) const;
    void applyFilter();
    void updateActions();
    void watchFolder();
    void showMessage(const QString& text, bool isError);
    void clearMessage();
    void showContextMenu(const QPoint& pos);

    void openSelected();
    void renameSelected();
    void duplicateSelected();
    void deleteSelected();
    void importChosen();
    void exportSelected();

    const QScopedPointer<Ui::TemplateLibrary> m_ui;
    TemplateStore* const m_store;
    QList<TemplateInfo> m_templates; // as last listed; the search filters these without reading files again
    QFileSystemWatcher* m_watcher;
    QTimer* m_refreshTimer; // one refresh for a burst of file system events (a save is several)
};

} // namespace sx
