// The digests behind request signing, computed by libcrypto (loaded at first use) and by Qt, against published
// test vectors: FIPS 180 ("abc"), RFC 4231 (HMAC-SHA256) and RFC 2202 (HMAC-SHA1).
#include "Digest.h"

#include <QTest>

using namespace sx;

Q_DECLARE_METATYPE(Digest::Backend)

class TestDigest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void libCryptoIsLoaded();
    void vectors_data();
    void vectors();
    void longMessageAgreesAcrossBackends();
};

void TestDigest::libCryptoIsLoaded()
{
    // It is a dependency of the package: a build where it fails to load would sign slowly without saying so.
    QCOMPARE(Digest(Digest::Algorithm::Sha256).backend(), Digest::Backend::LibCrypto);
    QCOMPARE(Digest(Digest::Algorithm::Sha256, Digest::Backend::Qt).backend(), Digest::Backend::Qt);
}

void TestDigest::vectors_data()
{
    QTest::addColumn<Digest::Backend>("backend");
    for (const auto& [name, backend] :
         {std::pair {"libcrypto", Digest::Backend::LibCrypto}, std::pair {"qt", Digest::Backend::Qt}})
        QTest::newRow(name) << backend;
}

void TestDigest::vectors()
{
    QFETCH(Digest::Backend, backend);
    Digest sha256(Digest::Algorithm::Sha256, backend);
    Digest sha1(Digest::Algorithm::Sha1, backend);

    QCOMPARE(sha256.hash("abc").toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(sha256.hash("ab", "c").toHex(), sha256.hash("abc").toHex()); // two parts, one message
    QCOMPARE(sha1.hash("abc").toHex(), QByteArray("a9993e364706816aba3e25717850c26c9cd0d89d"));

    // RFC 4231 test cases 1, 2 and 6 (a key longer than the block).
    QCOMPARE(sha256.hmac(QByteArray(20, '\x0b'), "Hi There").toHex(),
             QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"));
    QCOMPARE(sha256.hmac("Jefe", "what do ya want for nothing?").toHex(),
             QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    QCOMPARE(sha256.hmac(QByteArray(131, '\xaa'), "Test Using Larger Than Block-Size Key - Hash Key First").toHex(),
             QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"));
    // RFC 2202 test cases 1 and 2.
    QCOMPARE(sha1.hmac(QByteArray(20, '\x0b'), "Hi There").toHex(),
             QByteArray("b617318655057264e28bc0b6fb378c8ef146be00"));
    QCOMPARE(sha1.hmac("Jefe", "what do ya want for nothing?").toHex(),
             QByteArray("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"));
}

void TestDigest::longMessageAgreesAcrossBackends()
{
    QByteArray message;
    for (int i = 0; i < 5000; ++i)
        message += char(i * 7);
    Digest fast(Digest::Algorithm::Sha256);
    Digest qt(Digest::Algorithm::Sha256, Digest::Backend::Qt);
    QCOMPARE(fast.hmac("key", message), qt.hmac("key", message));
    QCOMPARE(fast.hash(message), qt.hash(message));
}

QTEST_APPLESS_MAIN(TestDigest)
#include "TestDigest.moc"
