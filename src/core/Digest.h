#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

namespace sx {

struct LibCrypto;

/** SHA-256 or SHA-1, and HMAC over it, for request signing. Computed by OpenSSL's libcrypto, which is loaded
 *  when the first digest is made rather than linked: linked, its relocations and pages were paid by every
 *  start of sxstudio (1.4 MiB, bench/run-startup-bench), though most starts sign nothing. Where libcrypto
 *  cannot be loaded, Qt's own implementation gives the same results, a little slower (V3 signing about
 *  13 µs instead of 8 µs, bench_core). One instance per thread (forThread()): a context is reused, since
 *  OpenSSL 3 looks an algorithm up through its providers on every one-shot call. */
class Digest
{
public:
    enum class Algorithm { Sha256, Sha1 };
    enum class Backend { LibCrypto, Qt };

    // backend LibCrypto falls back to Qt when libcrypto is not there.
    explicit Digest(Algorithm algorithm, Backend backend = Backend::LibCrypto);
    ~Digest();
    Digest(const Digest&) = delete;
    Digest& operator=(const Digest&) = delete;

    static Digest& forThread(Algorithm algorithm);

    Backend backend() const;
    QByteArray hash(QByteArrayView first, QByteArrayView second = {});
    QByteArray hmac(QByteArray key, QByteArrayView message); // RFC 2104

private:
    const LibCrypto* m_crypto = nullptr;
    void* m_md = nullptr; // EVP_MD*
    void* m_ctx = nullptr; // EVP_MD_CTX*
    QCryptographicHash m_qt;
};

} // namespace sx
