#pragma once

#include "ProfileStore.h"
#include "SecretStore.h"

#include <QProcessEnvironment>

#include <memory>

namespace sx::cli {

// What the profile and submit commands read credentials through: the profile settings, the secret store and
// the environment. The system's (application settings, OS keychain, process environment) unless a test
// installed its own.
class ProfileServices
{
public:
    struct Override
    {
        ProfileStore* profiles = nullptr;
        SecretStore* secrets = nullptr;
        QProcessEnvironment environment;
    };
    // Tests: install theirs for the commands run after this; nullptr restores the system's.
    static void setOverride(const Override* services);

    ProfileServices();
    ~ProfileServices();

    ProfileStore& profiles();
    SecretStore& secrets();
    const QProcessEnvironment& environment() const;

private:
    std::unique_ptr<ProfileStore> m_ownProfiles;
    std::unique_ptr<SecretStore> m_ownSecrets;
    ProfileStore* m_profiles = nullptr;
    SecretStore* m_secrets = nullptr;
    QProcessEnvironment m_environment;
};

} // namespace sx::cli
