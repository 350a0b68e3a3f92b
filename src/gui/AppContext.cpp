#include "AppContext.h"

#include "KeychainSecretStore.h"

#include <QDir>

namespace sx {

HistoryStore* AppContext::history()
{
    if (!m_history)
        m_history = std::make_unique<HistoryStore>(historyPath);
    return m_history.get();
}

std::unique_ptr<AppContext> AppContext::forUser()
{
    auto context = std::make_unique<AppContext>();
    context->profiles = std::make_unique<ProfileStore>();
    context->secrets = std::make_unique<KeychainSecretStore>();
    context->templates = std::make_unique<TemplateStore>();
    context->settings = std::make_unique<AppSettings>();
    return context;
}

std::unique_ptr<AppContext> AppContext::inFolder(const QString& folder)
{
    const QDir dir(folder);
    auto context = std::make_unique<AppContext>();
    context->profiles = std::make_unique<ProfileStore>(dir.filePath(QStringLiteral("profiles.ini")));
    context->secrets = std::make_unique<MemorySecretStore>();
    context->historyPath = dir.filePath(QStringLiteral("history.sqlite"));
    context->templates = std::make_unique<TemplateStore>(dir.filePath(QStringLiteral("templates")));
    context->settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
    return context;
}

} // namespace sx
