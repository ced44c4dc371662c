//! A stand-in for an office's web proxy on the loopback address: it tunnels each `CONNECT` to
//! where it asks and notes where that was, so a test sees whether waypost went through it.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

/// The proxy: its address, and the places it tunnelled to.
pub(crate) struct Proxy {
    pub base: String,
    pub tunnels: Arc<Mutex<Vec<String>>>,
}

/// Copies what one side says to the other until either closes.
fn pipe(mut from: TcpStream, mut to: TcpStream) {
    let _ = std::io::copy(&mut from, &mut to);
    let _ = to.shutdown(std::net::Shutdown::Both);
}

fn tunnel(stream: TcpStream, tunnels: &Mutex<Vec<String>>) {
    let mut reader = BufReader::new(stream.try_clone().expect("a stream"));
    let mut first = String::new();
    let _ = reader.read_line(&mut first);
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).is_err() || header.trim().is_empty() {
            break;
        }
    }
    let mut parts = first.split_whitespace();
    let (Some("CONNECT"), Some(target)) = (parts.next(), parts.next()) else { return };
    tunnels.lock().expect("not poisoned").push(target.to_owned());
    let Ok(upstream) = TcpStream::connect(target) else { return };
    let mut client = stream;
    let _ = client.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n");
    let (client_in, upstream_in) = (client.try_clone().expect("a stream"), upstream.try_clone().expect("a stream"));
    std::thread::spawn(move || pipe(client_in, upstream));
    pipe(upstream_in, client);
}

impl Proxy {
    /// Starts the proxy on a free loopback port.
    pub(crate) fn start() -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let base = format!("http://{}", listener.local_addr().expect("an address"));
        let tunnels = Arc::new(Mutex::new(Vec::new()));
        let shared = Arc::clone(&tunnels);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let shared = Arc::clone(&shared);
                std::thread::spawn(move || tunnel(stream, &shared));
            }
        });
        Proxy { base, tunnels }
    }

    /// Where it tunnelled so far.
    pub(crate) fn tunnelled(&self) -> Vec<String> {
        self.tunnels.lock().expect("not poisoned").clone()
    }
}
