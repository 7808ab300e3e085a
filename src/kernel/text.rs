//! Tidying and checking what a person typed, the same way wherever it was typed.

/// Squeezes every run of spaces (and any line break) into one space and trims the ends: for
/// one-line details such as a name or a phone number.
pub fn tidy_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Control characters (other than line breaks where those are allowed) can hide text or
/// upset screen readers.
pub fn has_hidden_characters(text: &str, lines_allowed: bool) -> bool {
    text.chars()
        .any(|c| c.is_control() && !(lines_allowed && c == '\n'))
}

/// A `<` starting a tag (`<b`, `</`, `<!--`, `<?`), not one in ordinary writing ("<3", "< 5").
pub fn looks_like_markup(text: &str) -> bool {
    text.as_bytes().windows(2).any(|pair| {
        pair[0] == b'<' && (pair[1].is_ascii_alphabetic() || matches!(pair[1], b'/' | b'!' | b'?'))
    })
}

/// "1 card", "3 cards".
pub fn plural(n: usize, thing: &str) -> String {
    if n == 1 {
        format!("1 {thing}")
    } else {
        format!("{n} {thing}s")
    }
}

/// The first letter in capitals ("cards added" becomes "Cards added").
pub fn capitalised(text: &str) -> String {
    let mut letters = text.chars();
    match letters.next() {
        Some(first) => first.to_uppercase().chain(letters).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidies_one_line() {
        assert_eq!(tidy_line("  Sam \n  Okafor "), "Sam Okafor");
        assert_eq!(tidy_line("   "), "");
    }

    #[test]
    fn finds_hidden_characters() {
        assert!(has_hidden_characters("a\tb", true));
        assert!(has_hidden_characters("a\nb", false));
        assert!(!has_hidden_characters("a\nb", true));
        assert!(!has_hidden_characters("émoji 🌊 עברית", false));
    }

    #[test]
    fn tells_markup_from_ordinary_writing() {
        assert!(looks_like_markup("<script>"));
        assert!(looks_like_markup("a </b>"));
        assert!(looks_like_markup("<!-- x"));
        assert!(!looks_like_markup("I <3 this"));
        assert!(!looks_like_markup("when it's < 5"));
    }

    #[test]
    fn counts_in_words() {
        assert_eq!(plural(1, "card"), "1 card");
        assert_eq!(plural(0, "card"), "0 cards");
        assert_eq!(plural(4, "new card"), "4 new cards");
        assert_eq!(capitalised("cards added"), "Cards added");
        assert_eq!(capitalised("éa"), "Éa");
        assert_eq!(capitalised(""), "");
    }
}
