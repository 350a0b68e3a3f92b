#include "ProfileServices.h"

#include "KeychainSecretStore.h"

namespace sx::cli {

namespace {

const ProfileServices::Override* installed = nullptr;

} // namespace

void ProfileServices::setOverride(const Override* services)
{
    installed = services;
}

ProfileServices::ProfileServices()
{
    if (installed) {
        m_profiles = installed->profiles;
        m_secrets = installed->secrets;
        m_environment = installed->environment;
        return;
    }
    m_ownProfiles = std::make_unique<ProfileStore>();
    m_ownSecrets = std::make_unique<KeychainSecretStore>();
    m_profiles = m_ownProfiles.get();
    m_secrets = m_ownSecrets.get();
    m_environment = QProcessEnvironment::systemEnvironment();
}

ProfileServices::~ProfileServices() = default;

ProfileStore& ProfileServices::profiles()
{
    return *m_profiles;
}

SecretStore& ProfileServices::secrets()
{
    return *m_secrets;
}

const QProcessEnvironment& ProfileServices::environment() const
{
    return m_environment;
}

} // namespace sx::cli
