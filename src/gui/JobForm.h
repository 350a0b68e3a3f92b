#pragma once

#include "Job.h"
#include "Problem.h"

#include <QHash>
#include <QIcon>
#include <QPointer>
#include <QScopedPointer>
#include <QWidget>

#include <array>

namespace Ui {
class JobForm;
}

class QListWidgetItem;

namespace sx {

class ContentEditor;
class NamespacePicker;
enum class ContentKind;
class ServiceDirectory;

/** The job composer: moves values between its widgets and a Job, and shows what the core validator says.
 *  It never decides validity itself. */
class JobForm : public QWidget
{
    Q_OBJECT

public:
    explicit JobForm(QWidget* parent = nullptr);
    ~JobForm() override;

    Job job() const;
    void setJob(const Job& job);

    // The validator's code for a "${NAME}" left in a field: a warning here, since Submit asks for the value.
    static constexpr const char* PlaceholderCode = "placeholder.unfilled";

    const Problems& problems() const;
    bool hasErrors() const;

    // The widget that shows a problem's field, or nullptr when the form has none for it.
    QWidget* widgetFor(const Problem& problem) const;

    // Turns the namespace and group fields into pickers over the directory's lists; the region follows the form.
    NamespacePicker* addNamespacePicker(ServiceDirectory* directory);

    QByteArray saveSplitter() const;
    void restoreSplitter(const QByteArray& state);

Q_SIGNALS:
    void changed();
    void problemsChanged(bool hasErrors);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillCombos();
    void connectChanges();
    void updatePages();
    ContentEditor* contentEditor(ContentKind kind); // made on first use
    void updateExecuteModes();
    void updateNextFireTimes();
    void validate(); // checkJob() and showProblems()
    void checkJob(); // m_problems from the fields
    void showProblems(); // marks and lists m_problems
    QIcon problemIcon(bool error) const;
    void jumpTo(QListWidgetItem* item);
    void onEdited();

    const QScopedPointer<Ui::JobForm> m_ui;
    Problems m_problems;
    QList<QPointer<QWidget>> m_marked;
    mutable QIcon m_errorIcon;
    mutable QIcon m_warningIcon; // contact cells may be deleted between validations
    bool m_loading = false; // setJob in progress: no validation per field
    std::array<ContentEditor*, 5> m_contentEditors {}; // by ContentKind; the form owns them
    bool m_problemsShown = false; // m_problems are marked at their fields and listed
};

} // namespace sx
