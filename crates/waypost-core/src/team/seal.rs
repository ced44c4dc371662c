//! Encrypting a submission for a form that carries a public key, as ODK specifies
//! (getodk/xforms-spec, "Encryption"): a fresh AES-256 key per submission; each file (the
//! attachments, then the instance XML) in AES-256-CFB with PKCS#7 padding, its IV the MD5 of the
//! instance id and the key with one more byte counted up per file; the key wrapped with RSA-OAEP
//! (SHA-256 for the hash and MGF1); a manifest that names it all and signs it.

use aes::cipher::{AsyncStreamCipher, KeyIvInit};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use md5::{Digest, Md5};
use quick_xml::escape::escape;
use rand_core::{OsRng, RngCore};
use rsa::Oaep;
pub use rsa::RsaPublicKey;
use rsa::pkcs8::DecodePublicKey;
use sha2::Sha256;

/// The name of the encrypted instance among a submission's files.
pub const XML_FILE: &str = "submission.xml";

/// An encrypted submission: the manifest (sent as `xml_submission_file`) and the encrypted
/// files, by name (`….enc`), in the order they were encrypted.
#[derive(Debug, Clone)]
pub struct Sealed {
    /// The manifest.
    pub manifest: Vec<u8>,
    /// The encrypted files.
    pub files: Vec<(String, Vec<u8>)>,
}

/// A form's public key that cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::tr!("seal-bad-key", reason = crate::text::line(.0).into_owned()))]
pub struct BadKey(String);

/// The IVs of a submission's files: the MD5 of the instance id and the key, one byte counted up
/// per file (cumulatively, byte `i mod 16` for the `i`th file).
pub(crate) struct Ivs {
    seed: [u8; 16],
    counter: usize,
}

impl Ivs {
    /// The IVs for an instance id and an AES key.
    pub(crate) fn new(instance_id: &str, key: &[u8]) -> Ivs {
        let mut md5 = Md5::new();
        md5.update(instance_id.as_bytes());
        md5.update(key);
        Ivs { seed: md5.finalize().into(), counter: 0 }
    }

    /// The next file's IV.
    pub(crate) fn next_iv(&mut self) -> [u8; 16] {
        let at = self.counter % 16;
        self.seed[at] = self.seed[at].wrapping_add(1);
        self.counter += 1;
        self.seed
    }
}

/// AES-256-CFB (128-bit feedback) over the bytes with PKCS#7 padding.
fn encrypt(key: &[u8; 32], iv: &[u8; 16], plain: &[u8]) -> Vec<u8> {
    let pad = 16 - plain.len() % 16;
    let mut bytes = Vec::with_capacity(plain.len() + pad);
    bytes.extend_from_slice(plain);
    bytes.extend(std::iter::repeat_n(u8::try_from(pad).unwrap_or(16), pad));
    cfb_mode::Encryptor::<aes::Aes256>::new(key.into(), iv.into()).encrypt(&mut bytes);
    bytes
}

/// A team's private key file (PEM: `PRIVATE KEY`, or `RSA PRIVATE KEY` as older `openssl
/// genrsa` writes it), to read its encrypted submissions.
pub fn private_key_from_pem(pem: &str) -> Result<rsa::RsaPrivateKey, BadKey> {
    use rsa::pkcs1::DecodeRsaPrivateKey;
    use rsa::pkcs8::DecodePrivateKey;
    rsa::RsaPrivateKey::from_pkcs8_pem(pem.trim())
        .or_else(|_| rsa::RsaPrivateKey::from_pkcs1_pem(pem.trim()))
        .map_err(|e| BadKey(e.to_string()))
}

/// Opens a sealed submission's files (in the manifest's order: the media, then the instance)
/// with the private key: the AES key unwrapped from `wrapped` (base64), each file decrypted with
/// its IV and its PKCS#7 padding checked and taken off. A file that does not open is an error:
/// the key is not the form's, or the file is damaged.
pub fn unseal(
    private: &rsa::RsaPrivateKey,
    wrapped: &str,
    instance_id: &str,
    files: &[&[u8]],
) -> Result<Vec<Vec<u8>>, BadKey> {
    let compact: String = wrapped.chars().filter(|c| !c.is_whitespace()).collect();
    let wrapped = STANDARD.decode(compact).map_err(|e| BadKey(e.to_string()))?;
    let key = private.decrypt(Oaep::new::<Sha256>(), &wrapped).map_err(|e| BadKey(e.to_string()))?;
    let key: [u8; 32] = key.try_into().map_err(|_| BadKey("not an AES-256 key".into()))?;
    let mut ivs = Ivs::new(instance_id, &key);
    let mut out = Vec::with_capacity(files.len());
    for bytes in files {
        let mut plain = bytes.to_vec();
        cfb_mode::Decryptor::<aes::Aes256>::new((&key).into(), (&ivs.next_iv()).into()).decrypt(&mut plain);
        let pad = plain.last().map_or(0, |b| usize::from(*b));
        let padded = (1..=16).contains(&pad)
            && plain.len() >= pad
            && plain[plain.len() - pad..].iter().all(|b| usize::from(*b) == pad);
        if !padded || bytes.len() % 16 != 0 {
            return Err(BadKey("a file does not open with this key".into()));
        }
        plain.truncate(plain.len() - pad);
        out.push(plain);
    }
    Ok(out)
}

/// Reads the form's `base64RsaPublicKey` (a DER SubjectPublicKeyInfo, in base64).
pub fn public_key(base64: &str) -> Result<RsaPublicKey, BadKey> {
    let compact: String = base64.chars().filter(|c| !c.is_whitespace()).collect();
    let der = STANDARD.decode(compact).map_err(|e| BadKey(e.to_string()))?;
    RsaPublicKey::from_public_key_der(&der).map_err(|e| BadKey(e.to_string()))
}

/// A team's own public key file (PEM: `PUBLIC KEY`, or `RSA PUBLIC KEY` as `openssl rsa
/// -RSAPublicKey_out` writes it) as a form's `base64RsaPublicKey`.
pub fn form_key_from_pem(pem: &str) -> Result<String, BadKey> {
    use rsa::pkcs1::DecodeRsaPublicKey;
    use rsa::pkcs8::EncodePublicKey;
    let key = RsaPublicKey::from_public_key_pem(pem.trim())
        .or_else(|_| RsaPublicKey::from_pkcs1_pem(pem.trim()))
        .map_err(|e| BadKey(e.to_string()))?;
    let der = key.to_public_key_der().map_err(|e| BadKey(e.to_string()))?;
    Ok(STANDARD.encode(der.as_bytes()))
}

/// Wraps bytes with the public key (RSA-OAEP, SHA-256 and MGF1 with SHA-256), in base64.
fn wrap(key: &RsaPublicKey, bytes: &[u8]) -> Result<String, BadKey> {
    let wrapped = key.encrypt(&mut OsRng, Oaep::new::<Sha256>(), bytes).map_err(|e| BadKey(e.to_string()))?;
    Ok(STANDARD.encode(wrapped))
}

fn md5_hex(bytes: &[u8]) -> String {
    Md5::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Encrypts a submission: `media` (name, bytes) in order, then the instance `xml`.
pub fn seal(
    key: &RsaPublicKey,
    (form, version): (&str, &str),
    instance_id: &str,
    media: &[(&str, &[u8])],
    xml: &[u8],
) -> Result<Sealed, BadKey> {
    let mut aes_key = [0u8; 32];
    OsRng.fill_bytes(&mut aes_key);
    let wrapped = wrap(key, &aes_key)?;
    let mut ivs = Ivs::new(instance_id, &aes_key);
    let mut files = Vec::new();
    let mut signed = vec![form.to_owned()];
    if !version.is_empty() {
        signed.push(version.to_owned());
    }
    signed.push(wrapped.clone());
    signed.push(instance_id.to_owned());
    for (name, bytes) in media.iter().copied().chain(std::iter::once((XML_FILE, xml))) {
        files.push((format!("{name}.enc"), encrypt(&aes_key, &ivs.next_iv(), bytes)));
        signed.push(format!("{name}::{}", md5_hex(bytes)));
    }
    let signature = wrap(key, &Md5::digest(format!("{}\n", signed.join("\n")).as_bytes()))?;
    let media_files: String = files[..media.len()]
        .iter()
        .map(|(name, _)| format!("<media><file>{}</file></media>", escape(name.as_str())))
        .collect();
    let version = if version.is_empty() { String::new() } else { format!(" version=\"{}\"", escape(version)) };
    let manifest = format!(
        "<?xml version=\"1.0\"?>\n<data xmlns=\"http://opendatakit.org/submissions\" id=\"{}\" encrypted=\"yes\"{version}><base64EncryptedKey>{wrapped}</base64EncryptedKey><encryptedXmlFile>{XML_FILE}.enc</encryptedXmlFile>{media_files}<base64EncryptedElementSignature>{signature}</base64EncryptedElementSignature><meta xmlns=\"http://openrosa.org/xforms\"><instanceID>{}</instanceID></meta></data>\n",
        escape(form),
        escape(instance_id)
    );
    Ok(Sealed { manifest: manifest.into_bytes(), files })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rsa::RsaPrivateKey;
    use rsa::pkcs8::DecodePrivateKey;

    const PRIVATE: &str = include_str!("../../../../tests/fixtures/keys/team-test-private.pem");
    const PUBLIC: &str = include_str!("../../../../tests/fixtures/keys/team-test-public.b64");

    #[test]
    fn a_sealed_submission_opens_with_the_private_key_byte_for_byte() {
        let private = RsaPrivateKey::from_pkcs8_pem(PRIVATE).unwrap();
        let public = public_key(PUBLIC).unwrap();
        let instance = "uuid:0193c1a2-7b40-7c3e-9d51-4be0a1f2c3d4";
        let session = br#"{"id":"20261128-0930-learning-review-a1f2c3d4","answers":{}}"#.repeat(7);
        let xml =
            "<data id=\"learning_review\" version=\"2.0.0\"><event>Taller en Cochabamba, niños y niñas</event></data>";
        // Lengths on and off a 16-byte block: padding is always added.
        for media in [vec![("waypost-session.json", session.as_slice())], vec![("a.bin", &[7u8; 32][..])], vec![]] {
            let sealed = seal(&public, ("learning_review", "2.0.0"), instance, &media, xml.as_bytes()).unwrap();
            let manifest = String::from_utf8(sealed.manifest.clone()).unwrap();
            assert!(manifest.contains(r#"id="learning_review" encrypted="yes" version="2.0.0""#), "{manifest}");
            assert!(manifest.contains(&format!("<instanceID>{instance}</instanceID>")));
            assert!(manifest.contains("<encryptedXmlFile>submission.xml.enc</encryptedXmlFile>"));
            let names: Vec<&str> = sealed.files.iter().map(|(n, _)| n.as_str()).collect();
            let mut expected: Vec<String> = media.iter().map(|(n, _)| format!("{n}.enc")).collect();
            expected.push("submission.xml.enc".into());
            assert_eq!(names, expected);
            for (name, _) in &media {
                assert!(manifest.contains(&format!("<media><file>{name}.enc</file></media>")));
            }
            let opened = crate::testing::unseal(PRIVATE, &manifest, &sealed.files, instance);
            for (i, (_, bytes)) in media.iter().enumerate() {
                assert_eq!(opened[i], *bytes);
            }
            assert_eq!(opened.last().unwrap(), xml.as_bytes());
            assert!(!sealed.files.iter().any(|(_, b)| b.windows(9).any(|w| w == b"Cochabamba")));
            // The signature: the MD5 of form, version, wrapped key, instance and each file's
            // name with its MD5, one per line.
            let start = manifest.find("<base64EncryptedElementSignature>").unwrap() + 33;
            let end = manifest.find("</base64EncryptedElementSignature>").unwrap();
            let signature =
                private.decrypt(Oaep::new::<Sha256>(), &STANDARD.decode(&manifest[start..end]).unwrap()).unwrap();
            let wrapped_start = manifest.find("<base64EncryptedKey>").unwrap() + 20;
            let wrapped = &manifest[wrapped_start..manifest.find("</base64EncryptedKey>").unwrap()];
            let mut lines = vec!["learning_review".to_owned(), "2.0.0".into(), wrapped.to_owned(), instance.into()];
            lines.extend(media.iter().map(|(n, b)| format!("{n}::{}", md5_hex(b))));
            lines.push(format!("submission.xml::{}", md5_hex(xml.as_bytes())));
            assert_eq!(signature, Md5::digest(format!("{}\n", lines.join("\n")).as_bytes()).to_vec());
        }
    }

    #[test]
    fn ivs_count_up_one_byte_per_file_as_the_specification_says() {
        let mut ivs = Ivs::new("uuid:x", &[0u8; 32]);
        let seed: [u8; 16] = Md5::digest([b"uuid:x".as_slice(), &[0u8; 32]].concat()).into();
        let first = ivs.next_iv();
        let second = ivs.next_iv();
        assert_eq!(first[0], seed[0].wrapping_add(1));
        assert_eq!(first[1..], seed[1..]);
        assert_eq!((second[0], second[1]), (seed[0].wrapping_add(1), seed[1].wrapping_add(1)));
        for _ in 2..17 {
            ivs.next_iv();
        }
        assert_eq!(ivs.next_iv()[1], seed[1].wrapping_add(2), "the 18th file counts byte 1 up again");
    }

    #[test]
    fn a_key_that_is_not_one_is_said() {
        assert!(public_key("not base64!").is_err());
        assert!(public_key("AAAA").is_err());
    }
}
