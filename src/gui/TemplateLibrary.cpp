#include "TemplateLibrary.h"
#include "ui_TemplateLibrary.h"

#include "TemplateNameDialog.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace sx {

namespace {

enum Role {
    PathRole = Qt::UserRole,
    DetailRole, // the second line: file name and description, or why the file cannot be read
    BrokenRole,
};

QString cleanPath(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// Two lines per template: the name in bold, then the file name and description (or the error), dimmed.
class TemplateItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget* widget = opt.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        const QString name = opt.text;
        const QIcon icon = opt.icon;
        opt.text.clear();
        opt.icon = QIcon();
        opt.features &= ~QStyleOptionViewItem::HasDecoration;
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
            : (opt.state & QStyle::State_Active)                                ? QPalette::Active
                                                                                : QPalette::Inactive;
        const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor dimColor = textColor;
        dimColor.setAlphaF(0.65);

        QRect rect = opt.rect.adjusted(Margin, Margin, -Margin, -Margin);
        painter->save();
        if (!icon.isNull()) {
            const int size = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, widget);
            const QRect iconRect(rect.left(), rect.top() + (rect.height() - size) / 2, size, size);
            icon.paint(painter, iconRect);
            rect.setLeft(iconRect.right() + 1 + Margin);
        }
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        const QFontMetrics metrics(opt.font);
        const int flags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine;

        const QRect first(rect.left(), rect.top(), rect.width(), boldMetrics.height());
        painter->setFont(bold);
        painter->setPen(textColor);
        painter->drawText(first, flags, boldMetrics.elidedText(name, Qt::ElideRight, first.width()));

        const QRect second(rect.left(), first.bottom() + 1 + LineGap, rect.width(), metrics.height());
        const QString detail = index.data(DetailRole).toString().simplified();
        painter->setFont(opt.font);
        painter->setPen(dimColor);
        painter->drawText(second, flags, metrics.elidedText(detail, Qt::ElideRight, second.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QFont bold = option.font;
        bold.setBold(true);
        const int height = QFontMetrics(bold).height() + LineGap + QFontMetrics(option.font).height() + 2 * Margin;
        return {QStyledItemDelegate::sizeHint(option, index).width(), height};
    }

private:
    static constexpr int Margin = 4;
    static constexpr int LineGap = 1;
};

// Tinted rather than coloured text, so that messages read in light and dark themes alike.
QString messageStyle(bool isError)
{
    const char* tint = isError ? "218, 68, 83" : "61, 174, 233";
    return QStringLiteral("QFrame#messageFrame { background: rgba(%1, 0.15); border: 1px solid rgba(%1, 0.6); "
                          "border-radius: 3px; }")
        .arg(QLatin1String(tint));
}

// A push button that stands for an action: its text, tooltip and enabled state follow the action.
void bindButton(QPushButton* button, QAction* action)
{
    const auto update = [button, action] {
        button->setText(action->iconText());
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
    };
    update();
    QObject::connect(action, &QAction::changed, button, update);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
}

} // namespace

TemplateLibrary::TemplateLibrary(TemplateStore* store, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::TemplateLibrary())
    , m_store(store)
    , m_watcher(new QFileSystemWatcher(this))
    , m_refreshTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->templateList->setItemDelegate(new TemplateItemDelegate(m_ui->templateList));
    m_ui->messageFrame->hide();
    // The empty state takes the list's place and looks like an empty list, with its text dimmed.
    m_ui->emptyLabel->setFrameShape(QFrame::StyledPanel);
    m_ui->emptyLabel->setBackgroundRole(QPalette::Base);
    m_ui->emptyLabel->setAutoFillBackground(true);
    QPalette dim = m_ui->emptyLabel->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    m_ui->emptyLabel->setPalette(dim);
    m_ui->closeMessageButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_ui->closeMessageButton, &QToolButton::clicked, this, &TemplateLibrary::clearMessage);

    bindButton(m_ui->openButton, m_ui->actionOpen);
    bindButton(m_ui->saveButton, m_ui->actionSaveAsTemplate);
    auto* moreMenu = new QMenu(this);
    moreMenu->addActions({m_ui->actionRename, m_ui->actionDuplicate, m_ui->actionDelete});
    moreMenu->addSeparator();
    moreMenu->addActions({m_ui->actionImport, m_ui->actionExport});
    moreMenu->addSeparator();
    moreMenu->addAction(m_ui->actionRefresh);
    m_ui->moreButton->setMenu(moreMenu);

    // F2 and Delete act on the list only: in the search field Delete must keep deleting text.
    m_ui->templateList->addActions({m_ui->actionRename, m_ui->actionDelete});
    addAction(m_ui->actionRefresh);

    connect(m_ui->actionOpen, &QAction::triggered, this, &TemplateLibrary::openSelected);
    connect(m_ui->actionSaveAsTemplate, &QAction::triggered, this, &TemplateLibrary::saveAsTemplateRequested);
    connect(m_ui->actionRename, &QAction::triggered, this, &TemplateLibrary::renameSelected);
    connect(m_ui->actionDuplicate, &QAction::triggered, this, &TemplateLibrary::duplicateSelected);
    connect(m_ui->actionDelete, &QAction::triggered, this, &TemplateLibrary::deleteSelected);
    connect(m_ui->actionImport, &QAction::triggered, this, &TemplateLibrary::importChosen);
    connect(m_ui->actionExport, &QAction::triggered, this, &TemplateLibrary::exportSelected);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &TemplateLibrary::refresh);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &TemplateLibrary::applyFilter);
    connect(m_ui->templateList, &QListWidget::activated, this, &TemplateLibrary::openSelected);
    connect(m_ui->templateList, &QListWidget::itemSelectionChanged, this, &TemplateLibrary::updateActions);
    connect(m_ui->templateList, &QListWidget::customContextMenuRequested, this, &TemplateLibrary::showContextMenu);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &TemplateLibrary::refresh);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_refreshTimer, qOverload<>(&QTimer::start));

    refresh();
}

TemplateLibrary::~TemplateLibrary() = default;

QString TemplateLibrary::selectedPath() const
{
    const QListWidgetItem* item = selectedItem();
    return item ? item->data(PathRole).toString() : QString();
}

void TemplateLibrary::selectPath(const QString& path)
{
    QListWidgetItem* item = itemFor(path);
    const QString wanted = cleanPath(path);
    const bool listed = std::any_of(m_templates.begin(), m_templates.end(),
                                    [&](const TemplateInfo& info) { return cleanPath(info.path) == wanted; });
    if (!item && listed) {
        m_ui->searchEdit->clear(); // the search hides it: show everything rather than select nothing
        item = itemFor(path);
    }
    if (item) {
        m_ui->templateList->setCurrentItem(item);
        m_ui->templateList->scrollToItem(item);
    }
}

QListWidgetItem* TemplateLibrary::itemFor(const QString& path) const
{
    const QString wanted = cleanPath(path);
    for (int i = 0; i < m_ui->templateList->count(); ++i) {
        if (cleanPath(m_ui->templateList->item(i)->data(PathRole).toString()) == wanted)
            return m_ui->templateList->item(i);
    }
    return nullptr;
}

QString TemplateLibrary::message() const
{
    return m_ui->messageFrame->isVisibleTo(this) ? m_ui->messageLabel->text() : QString();
}

void TemplateLibrary::refresh()
{
    m_refreshTimer->stop();
    m_templates = m_store->list();
    watchFolder();
    applyFilter();
}

void TemplateLibrary::watchFolder()
{
    const QStringList watched = m_watcher->directories() + m_watcher->files();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    QStringList paths;
    const QFileInfo folder(m_store->folder());
    if (folder.isDir())
        paths.append(folder.absoluteFilePath());
    else if (folder.dir().exists())
        paths.append(folder.absolutePath()); // to notice the folder being made
    // The folder only reports files coming and going; a template edited in place is a change of its own.
    for (const TemplateInfo& info : std::as_const(m_templates))
        paths.append(info.path);
    if (!paths.isEmpty())
        m_watcher->addPaths(paths);
}

void TemplateLibrary::applyFilter()
{
    const QString keep = selectedPath();
    const QString text = m_ui->searchEdit->text();
    QListWidget* list = m_ui->templateList;
    list->clear();
    for (const TemplateInfo& info : std::as_const(m_templates)) {
        if (!TemplateStore::matches(info, text))
            continue;
        const QString fileName = QFileInfo(info.path).fileName();
        auto* item = new QListWidgetItem(info.name, list);
        item->setData(PathRole, info.path);
        item->setData(BrokenRole, !info.error.isEmpty());
        if (!info.error.isEmpty()) {
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setData(DetailRole, info.error);
            item->setToolTip(tr("%1 cannot be read:\n%2").arg(fileName, info.error));
            continue;
        }
        item->setData(DetailRole,
                      info.description.isEmpty() ? fileName : tr("%1 — %2").arg(fileName, info.description));
        QStringList tip = {info.name};
        if (!info.description.isEmpty())
            tip.append(info.description);
        tip.append(tr("File: %1").arg(fileName));
        if (!info.placeholders.isEmpty())
            tip.append(tr("Placeholders: %1").arg(info.placeholders.join(QStringLiteral(", "))));
        item->setToolTip(tip.join(QLatin1Char('\n')));
    }
    if (QListWidgetItem* item = keep.isEmpty() ? nullptr : itemFor(keep))
        list->setCurrentItem(item);

    const bool empty = list->count() == 0;
    if (m_templates.isEmpty())
        m_ui->emptyLabel->setText(tr("No templates yet.\nSave the current job as a template, or import one."));
    else
        m_ui->emptyLabel->setText(tr("No template matches “%1”.").arg(text.trimmed()));
    list->setVisible(!empty);
    m_ui->emptyLabel->setVisible(empty);
    updateActions();
}

QListWidgetItem* TemplateLibrary::selectedItem() const
{
    const QList<QListWidgetItem*> items = m_ui->templateList->selectedItems();
    return items.isEmpty() ? nullptr : items.first();
}

bool TemplateLibrary::isBroken(const QListWidgetItem* item) const
{
    return item && item->data(BrokenRole).toBool();
}

QStringList TemplateLibrary::otherNames(const QString& exceptPath) const
{
    QStringList names;
    for (const TemplateInfo& info : m_store->list()) { // fresh: another program may have added one
        if (info.error.isEmpty() && (exceptPath.isEmpty() || cleanPath(info.path) != cleanPath(exceptPath)))
            names.append(info.name);
    }
    return names;
}

void TemplateLibrary::updateActions()
{
    const QListWidgetItem* item = selectedItem();
    const bool readable = item && !isBroken(item);
    m_ui->actionOpen->setEnabled(readable);
    m_ui->actionRename->setEnabled(readable);
    m_ui->actionDuplicate->setEnabled(readable);
    m_ui->actionDelete->setEnabled(item); // a broken file can still go, or be exported to be mended
    m_ui->actionExport->setEnabled(item);
}

void TemplateLibrary::showMessage(const QString& text, bool isError)
{
    m_ui->messageFrame->setStyleSheet(messageStyle(isError));
    m_ui->messageFrame->setProperty("isError", isError);
    m_ui->messageLabel->setText(text);
    m_ui->messageFrame->show();
}

void TemplateLibrary::clearMessage()
{
    m_ui->messageLabel->clear();
    m_ui->messageFrame->hide();
    // The empty state takes the list's place and looks like an empty list, with its text dimmed.
    m_ui->emptyLabel->setFrameShape(QFrame::StyledPanel);
    m_ui->emptyLabel->setBackgroundRole(QPalette::Base);
    m_ui->emptyLabel->setAutoFillBackground(true);
    QPalette dim = m_ui->emptyLabel->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    m_ui->emptyLabel->setPalette(dim);
}

void TemplateLibrary::showContextMenu(const QPoint& pos)
{
    QMenu menu(this);
    if (QListWidgetItem* item = m_ui->templateList->itemAt(pos)) {
        m_ui->templateList->setCurrentItem(item);
        menu.addAction(m_ui->actionOpen);
        menu.setDefaultAction(m_ui->actionOpen);
        menu.addSeparator();
        menu.addActions({m_ui->actionRename, m_ui->actionDuplicate, m_ui->actionDelete, m_ui->actionExport});
        menu.addSeparator();
    }
    menu.addActions({m_ui->actionSaveAsTemplate, m_ui->actionImport, m_ui->actionRefresh});
    menu.exec(m_ui->templateList->viewport()->mapToGlobal(pos));
}

void TemplateLibrary::openSelected()
{
    const QListWidgetItem* item = selectedItem();
    if (!item)
        return;
    clearMessage();
    const QString path = item->data(PathRole).toString();
    JobFileError error;
    const std::optional<JobFile> file = TemplateStore::load(path, &error);
    if (!file) {
        showMessage(tr("This template cannot be opened.\n%1").arg(error.message), true);
        refresh(); // it may have changed since it was listed: show it as it is now
        return;
    }
    Q_EMIT openTemplate(*file, path);
}

void TemplateLibrary::saveAsTemplate(const Job& job)
{
    clearMessage();
    auto* dialog = new TemplateNameDialog(TemplateNameDialog::Mode::Save, otherNames({}), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setName(job.text(Param::Name));
    connect(dialog, &QDialog::accepted, this, [this, dialog, job] {
        JobFile file;
        file.job = job;
        file.isTemplate = true;
        file.name = dialog->name();
        file.description = dialog->description();
        QString replaced;
        if (dialog->replaces()) {
            for (const TemplateInfo& info : m_store->list()) {
                if (info.error.isEmpty() && info.name == file.name)
                    replaced = info.path;
            }
        }
        QString error;
        std::optional<QString> path;
        if (replaced.isEmpty())
            path = m_store->add(file, &error);
        else if (TemplateStore::write(replaced, file, &error))
            path = replaced;
        refresh();
        if (!path) {
            showMessage(tr("The template “%1” was not saved.\n%2").arg(file.name, error), true);
            return;
        }
        selectPath(*path);
    });
    dialog->open();
}

void TemplateLibrary::renameSelected()
{
    const QListWidgetItem* item = selectedItem();
    if (!item || isBroken(item))
        return;
    clearMessage();
    const QString path = item->data(PathRole).toString();
    const QString oldName = item->text();
    auto* dialog = new TemplateNameDialog(TemplateNameDialog::Mode::Rename, otherNames(path), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setName(oldName);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path, oldName] {
        if (dialog->name() == oldName)
            return;
        QString error;
        const std::optional<QString> renamed = m_store->rename(path, dialog->name(), &error);
        refresh();
        if (!renamed) {
            showMessage(tr("The template “%1” was not renamed.\n%2").arg(oldName, error), true);
            return;
        }
        selectPath(*renamed);
        if (!error.isEmpty())
            showMessage(error, true); // renamed, but the old file is still there
    });
    dialog->open();
}

void TemplateLibrary::duplicateSelected()
{
    const QListWidgetItem* item = selectedItem();
    if (!item || isBroken(item))
        return;
    clearMessage();
    const QString name = item->text();
    QString error;
    const std::optional<QString> copy = m_store->duplicate(item->data(PathRole).toString(), &error);
    refresh();
    if (!copy) {
        showMessage(tr("The template “%1” was not duplicated.\n%2").arg(name, error), true);
        return;
    }
    selectPath(*copy);
}

void TemplateLibrary::deleteSelected()
{
    const QListWidgetItem* item = selectedItem();
    if (!item)
        return;
    clearMessage();
    const QString path = item->data(PathRole).toString();
    const QString name = item->text();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete template"), tr("Delete the template “%1”?").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setInformativeText(
        tr("Its file %1 is removed from the library. This cannot be undone.").arg(QFileInfo(path).fileName()));
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, path, name](int result) {
        if (result != QMessageBox::Yes)
            return;
        QString error;
        const bool removed = m_store->remove(path, &error);
        refresh();
        if (!removed)
            showMessage(tr("The template “%1” was not deleted.\n%2").arg(name, error), true);
    });
    box->open();
}

void TemplateLibrary::importChosen()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import templates"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Job files (*.json);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

QStringList TemplateLibrary::importFiles(const QStringList& paths)
{
    clearMessage();
    QStringList names = otherNames({});
    QStringList imported;
    QStringList problems;
    QStringList notices;
    for (const QString& path : paths) {
        JobFileError error;
        std::optional<JobFile> file = TemplateStore::load(path, &error); // the message names the file
        if (!file) {
            problems.append(error.message);
            continue;
        }
        // A bare job file becomes a template named after its file; a taken name gets a number.
        file->isTemplate = true;
        if (file->name.trimmed().isEmpty())
            file->name = QFileInfo(path).completeBaseName();
        const QString wanted = file->name;
        for (int n = 2; names.contains(file->name); ++n)
            file->name = tr("%1 (%2)").arg(wanted).arg(n);
        QString writeError;
        const std::optional<QString> target = m_store->add(*file, &writeError);
        if (!target) {
            problems.append(writeError);
            continue;
        }
        if (file->name != wanted) {
            notices.append(tr("“%1” was imported as “%2”: the library already has a template of that name.")
                               .arg(wanted, file->name));
        }
        names.append(file->name);
        imported.append(*target);
    }
    refresh();
    if (!imported.isEmpty())
        selectPath(imported.last());
    if (!problems.isEmpty()) {
        showMessage(tr("%n file(s) not imported:", nullptr, int(problems.size())) + QLatin1Char('\n') +
                        problems.join(QLatin1Char('\n')),
                    true);
    } else if (!notices.isEmpty()) {
        showMessage(notices.join(QLatin1Char('\n')), false);
    }
    return imported;
}

void TemplateLibrary::exportSelected()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QFileInfo(path).fileName());
    const QString destination =
        QFileDialog::getSaveFileName(this, tr("Export template"), suggested, tr("Job files (*.json)"));
    if (!destination.isEmpty())
        exportTemplate(path, destination);
}

bool TemplateLibrary::exportTemplate(const QString& path, const QString& destination)
{
    clearMessage();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        showMessage(tr("%1: cannot read: %2").arg(QDir::toNativeSeparators(path), in.errorString()), true);
        return false;
    }
    const QByteArray data = in.readAll();
    QSaveFile out(destination); // all or nothing: a failed export never leaves half a file
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        showMessage(tr("%1: not exported: %2").arg(QDir::toNativeSeparators(destination), out.errorString()), true);
        return false;
    }
    showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(destination)), false);
    return true;
}

} // namespace sx
