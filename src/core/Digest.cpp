#include "Digest.h"

#include <openssl/evp.h>

#include <dlfcn.h>

namespace sx {

// The few libcrypto functions a digest needs, resolved from the library loaded at run time.
struct LibCrypto
{
    decltype(&EVP_MD_fetch) mdFetch;
    decltype(&EVP_MD_free) mdFree;
    decltype(&EVP_MD_CTX_new) ctxNew;
    decltype(&EVP_MD_CTX_free) ctxFree;
    decltype(&EVP_DigestInit_ex) init;
    decltype(&EVP_DigestUpdate) update;
    decltype(&EVP_DigestFinal_ex) final;

    // nullptr when the library or one of its functions is missing.
    static const LibCrypto* get()
    {
        static const LibCrypto* loaded = load();
        return loaded;
    }

private:
    static const LibCrypto* load()
    {
        // The soname CMake found at build time (SX_LIBCRYPTO_SONAME), so the headers and the library agree.
        void* library = dlopen(SX_LIBCRYPTO_SONAME, RTLD_NOW | RTLD_LOCAL);
        if (!library)
            return nullptr;
        static LibCrypto crypto;
        bool ok = true;
        auto resolve = [library, &ok](auto& function, const char* name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(dlsym(library, name));
            ok = ok && function;
        };
        resolve(crypto.mdFetch, "EVP_MD_fetch");
        resolve(crypto.mdFree, "EVP_MD_free");
        resolve(crypto.ctxNew, "EVP_MD_CTX_new");
        resolve(crypto.ctxFree, "EVP_MD_CTX_free");
        resolve(crypto.init, "EVP_DigestInit_ex");
        resolve(crypto.update, "EVP_DigestUpdate");
        resolve(crypto.final, "EVP_DigestFinal_ex");
        return ok ? &crypto : nullptr; // the library stays loaded for the process's life
    }
};

namespace {

constexpr int BlockSize = 64; // SHA-1's and SHA-256's

QCryptographicHash::Algorithm qtAlgorithm(Digest::Algorithm algorithm)
{
    return algorithm == Digest::Algorithm::Sha256 ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1;
}

} // namespace

Digest::Digest(Algorithm algorithm, Backend backend)
    : m_qt(qtAlgorithm(algorithm))
{
    const LibCrypto* crypto = backend == Backend::LibCrypto ? LibCrypto::get() : nullptr;
    if (!crypto)
        return;
    m_md = crypto->mdFetch(nullptr, algorithm == Algorithm::Sha256 ? "SHA256" : "SHA1", nullptr);
    m_ctx = crypto->ctxNew();
    if (m_md && m_ctx) {
        m_crypto = crypto;
        return;
    }
    crypto->ctxFree(static_cast<EVP_MD_CTX*>(m_ctx));
    crypto->mdFree(static_cast<EVP_MD*>(m_md));
    m_md = m_ctx = nullptr;
}

Digest::~Digest()
{
    if (m_crypto) {
        m_crypto->ctxFree(static_cast<EVP_MD_CTX*>(m_ctx));
        m_crypto->mdFree(static_cast<EVP_MD*>(m_md));
    }
}

Digest& Digest::forThread(Algorithm algorithm)
{
    if (algorithm == Algorithm::Sha256) {
        thread_local Digest sha256(Algorithm::Sha256);
        return sha256;
    }
    thread_local Digest sha1(Algorithm::Sha1);
    return sha1;
}

Digest::Backend Digest::backend() const
{
    return m_crypto ? Backend::LibCrypto : Backend::Qt;
}

QByteArray Digest::hash(QByteArrayView first, QByteArrayView second)
{
    if (!m_crypto) {
        m_qt.reset();
        m_qt.addData(first);
        m_qt.addData(second);
        return m_qt.resultView().toByteArray();
    }
    auto* ctx = static_cast<EVP_MD_CTX*>(m_ctx);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    m_crypto->init(ctx, static_cast<EVP_MD*>(m_md), nullptr);
    m_crypto->update(ctx, first.data(), size_t(first.size()));
    if (!second.isEmpty())
        m_crypto->update(ctx, second.data(), size_t(second.size()));
    m_crypto->final(ctx, out, &length);
    return QByteArray(reinterpret_cast<const char*>(out), int(length));
}

QByteArray Digest::hmac(QByteArray key, QByteArrayView message)
{
    // H((K ^ opad) || H((K ^ ipad) || message))
    if (key.size() > BlockSize)
        key = hash(key);
    key = key.leftJustified(BlockSize, '\0');
    QByteArray inner(BlockSize, Qt::Uninitialized);
    QByteArray outer(BlockSize, Qt::Uninitialized);
    for (int i = 0; i < BlockSize; ++i) {
        inner[i] = char(key[i] ^ 0x36);
        outer[i] = char(key[i] ^ 0x5c);
    }
    return hash(outer, hash(inner, message));
}

} // namespace sx
