//! Invitation codes for staff: "JB-7KQ2-M9XD-4HTR". Long enough that guessing one within its
//! lifetime is hopeless (60 random bits), short enough to type from a printout, and free of the
//! letters people confuse (0/O, 1/I/L, U/V).

use sha2::{Digest, Sha256};

/// The letters a code is made of (Crockford's base-32 alphabet).
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const GROUPS: usize = 3;
const GROUP_LEN: usize = 4;

/// A fresh random code.
pub fn generate() -> String {
    let random = uuid::Uuid::new_v4().as_u128();
    let chars: Vec<char> =
        (0..GROUPS * GROUP_LEN).map(|i| ALPHABET[((random >> (i * 5)) & 31) as usize] as char).collect();
    let groups: Vec<String> = chars.chunks(GROUP_LEN).map(|g| g.iter().collect()).collect();
    format!("JB-{}", groups.join("-"))
}

/// A code in a message, written the way people copy codes: any case, spaces or dashes
/// anywhere, O for 0 and I or L for 1. `None` when the text is not shaped like a code.
pub fn read_code(text: &str) -> Option<String> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
    let upper = compact.to_ascii_uppercase();
    let body = upper.strip_prefix("JB")?;
    if body.len() != GROUPS * GROUP_LEN {
        return None;
    }
    let body: String = body
        .chars()
        .map(|c| match c {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        })
        .collect();
    if !body.bytes().all(|b| ALPHABET.contains(&b)) {
        return None;
    }
    let groups: Vec<&str> = (0..GROUPS).map(|i| &body[i * GROUP_LEN..(i + 1) * GROUP_LEN]).collect();
    Some(format!("JB-{}", groups.join("-")))
}

/// What the database keeps instead of the code.
pub fn hash(code: &str) -> String {
    hex::encode(Sha256::digest(code.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_back_however_they_are_typed() {
        let code = generate();
        assert_eq!(read_code(&code), Some(code.clone()));
        assert_eq!(read_code(&code.to_lowercase().replace('-', " ")), Some(code.clone()));
        assert_eq!(read_code("jb-0000-1111-2222"), Some("JB-0000-1111-2222".into()));
        assert_eq!(read_code("JB-OOOO-IIII-LLLL"), Some("JB-0000-1111-1111".into()));
        assert_eq!(read_code("JB-0000-1111"), None);
        assert_eq!(read_code("hello"), None);
        assert_eq!(read_code("JB-UUUU-1111-2222"), None);
        assert_ne!(generate(), generate());
        assert_eq!(hash("x").len(), 64);
    }
}
