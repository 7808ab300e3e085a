//! Tidying and checking what a person typed, the same way wherever it was typed.

/// Squeezes every run of spaces (and any line break) into one space and trims the ends: for
/// one-line details such as a name or a phone number.
pub fn tidy_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Characters that hide or disguise text: control characters (other than line breaks where
/// those are allowed), bidi embeddings, overrides and isolates and the Arabic letter mark
/// (which can make text read backwards, "spoofing" a word), zero-width spaces, word joiners,
/// soft hyphens and byte-order marks, line and paragraph separators, and tag characters
/// (invisible letters), except where they spell a flag such as England's 🏴󠁧󠁢󠁥󠁮󠁧󠁿.
///
/// Zero-width joiners and non-joiners and the left-to-right and right-to-left marks are
/// allowed: emoji such as 👩‍👧 are built with joiners, Persian writing needs non-joiners, and
/// the marks are how right-to-left writing is typed. None of them can reorder text.
pub fn has_hidden_characters(text: &str, lines_allowed: bool) -> bool {
    let mut in_flag = false;
    text.chars().any(|c| {
        let hidden = match c {
            '\n' => !lines_allowed,
            '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{2028}' | '\u{2029}' => true,
            '\u{00AD}' | '\u{061C}' | '\u{180E}' => true,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => true,
            // A flag's tags follow the black flag and end with the cancel tag.
            '\u{E0020}'..='\u{E007E}' => !in_flag,
            '\u{E007F}' => !std::mem::take(&mut in_flag),
            '\u{E0000}'..='\u{E0FFF}' => true,
            c => c.is_control(),
        };
        if c == '\u{1F3F4}' {
            in_flag = true;
        } else if !matches!(c, '\u{E0020}'..='\u{E007E}') {
            in_flag = false;
        }
        hidden
    })
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
        for spoof in [
            "a\u{202E}gnp.exe",
            "x\u{2066}y",
            "zero\u{200B}width",
            "\u{FEFF}bom",
            "p\u{2029}q",
        ] {
            assert!(has_hidden_characters(spoof, true), "{spoof:?}");
        }
        for kept in [
            "👩\u{200D}👧",
            "می\u{200C}خواهم",
            "שלום\u{200F}!",
            "Go \u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}!",
        ] {
            assert!(!has_hidden_characters(kept, false), "{kept:?}");
        }
        for disguise in [
            "Mum\u{E0031}\u{E0032}",
            "\u{E0001}x",
            "flag\u{1F3F4}\u{E0067} cut short then \u{E007F}",
            "ar\u{061C}ab",
            "soft\u{00AD}hyphen",
            "\u{180E}",
        ] {
            assert!(has_hidden_characters(disguise, true), "{disguise:?}");
        }
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
