#include "AppContext.h"

#include "KeychainSecretStore.h"

namespace sx {

std::unique_ptr<AppContext> AppContext::forUser()
{
    auto context = std::make_unique<AppContext>();
    context->profiles = std::make_unique<ProfileStore>();
    context->secrets = std::make_unique<KeychainSecretStore>();
    context->history = std::make_unique<HistoryStore>();
    context->templates = std::make_unique<TemplateStore>();
    context->settings = std::make_unique<AppSettings>();
    return context;
}

} // namespace sx
