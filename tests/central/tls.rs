//! A server on the loopback address that shows a self-signed certificate no computer trusts
//! (`tests/fixtures/keys/untrusted-server-*.pem`), as a misconfigured server, or a network that
//! looks into secure connections, does.

use std::net::TcpListener;
use std::sync::Arc;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

const CERT: &[u8] = include_bytes!("../fixtures/keys/untrusted-server-cert.pem");
const KEY: &[u8] = include_bytes!("../fixtures/keys/untrusted-server-key.pem");

/// Starts the server; its address (`https://127.0.0.1:PORT`).
pub(crate) fn untrusted() -> String {
    let cert = CertificateDer::from_pem_slice(CERT).expect("the fixture's certificate");
    let key = PrivateKeyDer::from_pem_slice(KEY).expect("the fixture's key");
    // ring is the one cryptography built in (as for waypost itself): the default.
    let config = rustls::ServerConfig::builder()
        .with_no_client_auth()
        .with_single_cert(vec![cert], key)
        .expect("a server configuration");
    let config = Arc::new(config);
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let base = format!("https://{}", listener.local_addr().expect("an address"));
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let config = Arc::clone(&config);
            std::thread::spawn(move || {
                if let Ok(mut connection) = rustls::ServerConnection::new(config) {
                    // The handshake, as far as the client goes before it refuses the certificate.
                    while connection.is_handshaking() && connection.complete_io(&mut stream).is_ok() {}
                }
            });
        }
    });
    base
}
