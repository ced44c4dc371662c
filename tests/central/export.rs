//! Central's managed encryption in the stand-in: the form's keys (the project's, managed, when
//! the form's submissions are encrypted) and the export decrypted with the project's passphrase,
//! a zip of the form's table and every current submission's files, as central-backend builds it
//! (`FORM.csv` with `meta-instanceName` and `KEY`; each file at `media/NAME`, `.enc` taken off,
//! files of the same name side by side).

use std::io::Write;
use std::net::TcpStream;

use super::{Held, element, respond};

/// The project's passphrase the server knows.
pub(crate) const PASSPHRASE: &str = "our project's passphrase: 42 & more";

const JSON: &str = "application/json; charset=utf-8";

fn encrypted(held: &Held, form: &str) -> bool {
    held.kept.iter().any(|k| k.form == form && k.xml.contains("encrypted=\"yes\""))
}

/// Answers `GET …/forms/FORM/submissions/keys`.
pub(crate) fn keys(stream: &mut TcpStream, form: &str, held: &Held) {
    let keys = if encrypted(held, form) {
        format!("[{{\"id\":1,\"public\":\"{}\",\"managed\":true,\"hint\":\"the usual\"}}]", super::PUBLIC_KEY.trim())
    } else {
        "[]".to_owned()
    };
    respond(stream, "200 OK", JSON, &keys);
}

/// A form field's value as a browser encodes it (`%XX`, `+` for a space).
fn decoded(value: &str) -> String {
    percent_encoding::percent_decode_str(&value.replace('+', " ")).decode_utf8_lossy().into_owned()
}

/// Answers `POST …/forms/FORM/submissions.csv.zip` with the passphrase of key 1 in the body.
pub(crate) fn serve(stream: &mut TcpStream, form: &str, body: &[u8], held: &Held) {
    let body = String::from_utf8_lossy(body);
    let given = body.split('&').find_map(|pair| pair.strip_prefix("1=")).map(decoded);
    if given.as_deref() != Some(PASSPHRASE) {
        let refused = "{\"message\":\"Could not perform decryption. Double check your passphrase and your data and try again.\",\"code\":400.12}";
        return respond(stream, "400 Bad Request", JSON, refused);
    }
    let pem = include_str!("../fixtures/keys/team-test-private.pem");
    let private = waypost_core::team::seal::private_key_from_pem(pem).expect("the fixture's key");
    let mut table = String::from("SubmissionDate,meta-instanceID,meta-instanceName,KEY\n");
    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    for chain in super::submissions::chains(held, form, None) {
        let current = &chain[chain.len() - 1];
        let wrapped = element(&current.xml, "base64EncryptedKey").unwrap_or_default();
        // Attachments first, the instance last, in the order they were sealed.
        let mut names: Vec<String> = current
            .xml
            .split("<file>")
            .skip(1)
            .filter_map(|f| f.split("</file>").next())
            .map(str::to_owned)
            .filter(|n| !n.starts_with("submission.xml"))
            .collect();
        names.push(element(&current.xml, "encryptedXmlFile").unwrap_or_else(|| "submission.xml.enc".into()));
        let files: Vec<&[u8]> = names
            .iter()
            .filter_map(|n| current.files.iter().find(|(f, _)| f == n).map(|(_, b)| b.as_slice()))
            .collect();
        let Ok(opened) = waypost_core::team::seal::unseal(&private, &wrapped, &current.id, &files) else { continue };
        let xml = String::from_utf8_lossy(opened.last().map(Vec::as_slice).unwrap_or_default()).into_owned();
        let name = element(&xml, "instanceName").unwrap_or_default();
        table.push_str(&format!("{},{},{name},{}\n", current.at, current.id, current.id));
        for (file, bytes) in names.iter().zip(&opened).take(opened.len() - 1) {
            entries.push((format!("media/{}", file.trim_end_matches(".enc")), bytes.clone()));
        }
    }
    entries.push((format!("{form}.csv"), table.into_bytes()));
    let entries: Vec<(&str, &[u8])> = entries.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
    let bytes = waypost_core::testing::zip_of(&entries);
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        bytes.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&bytes);
}
