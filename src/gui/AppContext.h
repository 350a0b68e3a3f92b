#pragma once

#include "AppSettings.h"
#include "HistoryStore.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "TemplateStore.h"

#include <memory>

namespace sx {

// The stores the desktop app works on. The user's own by default; tests give temporary ones.
struct AppContext
{
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<TemplateStore> templates;
    std::unique_ptr<AppSettings> settings;
    QString historyPath = HistoryStore::defaultPath();

    // Opened on first use, not with the context: loading SQLite and creating the file on a first launch would
    // delay the window's first paint (bench/run-startup-bench).
    HistoryStore* history();

    static std::unique_ptr<AppContext> forUser(); // the same files and keychain as sxstudio-cli
    // Stores of their own in one folder, secrets in memory: for tests and tools, never the user's.
    static std::unique_ptr<AppContext> inFolder(const QString& folder);

private:
    std::unique_ptr<HistoryStore> m_history;
};

} // namespace sx
