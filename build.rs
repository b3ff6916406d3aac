//! Embeds every `locales/<lang>/*.ftl` file and each folder's `language.toml` into the binary,
//! so a deployed jobbro carries its texts and can never start with a locale missing.

use std::{env, fs, path::Path};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    for lang in fs::read_dir(&root).expect("locales/ exists") {
        let lang = lang.expect("readable locales/").path();
        if !lang.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", lang.display());
        for file in fs::read_dir(&lang).expect("readable locale folder") {
            let file = file.expect("readable locale file").path();
            if file.extension().is_some_and(|e| e == "ftl") || file.ends_with("language.toml") {
                println!("cargo:rerun-if-changed={}", file.display());
                entries.push((
                    lang.file_name().unwrap().to_string_lossy().into_owned(),
                    file.file_name().unwrap().to_string_lossy().into_owned(),
                    file.display().to_string(),
                ));
            }
        }
    }
    entries.sort();
    let body: String = entries
        .iter()
        .map(|(lang, name, path)| format!("    ({lang:?}, {name:?}, include_str!({path:?})),\n"))
        .collect();
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("locales.rs");
    fs::write(out, format!("&[\n{body}]\n")).expect("writable OUT_DIR");
}
