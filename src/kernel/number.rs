//! Phone numbers as people type them ("07700 900123", "+44 (0)20 7946 0000"), and as a phone
//! dials them.

/// True for a number a phone can dial: 5 to 15 digits, with spaces, dashes, brackets and a
/// leading + allowed.
pub fn is_phone_number(number: &str) -> bool {
    let digits = number.chars().filter(char::is_ascii_digit).count();
    let body = number.strip_prefix('+').unwrap_or(number);
    (5..=15).contains(&digits)
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || c == ' ' || c == '-' || c == '(' || c == ')')
}

/// The number as `tel:` and `sms:` links need it: digits, and a leading + if there was one.
pub fn dial(number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    if number.trim_start().starts_with('+') {
        format!("+{digits}")
    } else {
        digits
    }
}

/// Numbers that cost a lot to call or text, so never a way to reach a practitioner or a
/// friend: UK premium rate (09…, or +44 9…), directory enquiries (118…), and the
/// international networks and premium rate that no phone company charges as an ordinary call
/// (+882, +883, +979).
pub fn is_premium_rate(number: &str) -> bool {
    let dialled = dial(number);
    let international = dialled
        .strip_prefix('+')
        .or_else(|| dialled.strip_prefix("00"));
    if international.is_some_and(|n| ["882", "883", "979"].iter().any(|c| n.starts_with(c))) {
        return true;
    }
    let national = match international.and_then(|n| n.strip_prefix("44")) {
        Some(rest) => format!("0{}", rest.trim_start_matches('0')),
        None => dialled,
    };
    national.starts_with("09") || national.starts_with("118")
}

/// What is said when a number costs a lot: one sentence wherever a number is typed.
pub const PREMIUM_RATE: &str = "That number costs a lot to call or text: numbers starting \
    09 are premium rate, and so are 118 numbers and some international ones (+882, +883, +979).";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_as_people_type_them() {
        assert!(is_phone_number("07700 900123"));
        assert!(is_phone_number("+44 (0)20-7946-0000"));
        assert!(!is_phone_number("call me"));
        assert!(!is_phone_number("0770O 900123"), "a letter O for a zero");
        assert!(!is_phone_number("123"));
        assert!(!is_phone_number("0+7700900123"));
    }

    #[test]
    fn dials_only_digits_and_a_leading_plus() {
        assert_eq!(dial("+44 (0)7700 900-123"), "+4407700900123");
        assert_eq!(dial("07700 900123"), "07700900123");
    }

    #[test]
    fn knows_premium_rate_numbers() {
        for premium in [
            "0909 879 0000",
            "+44 909 879 0000",
            "0044 9098790000",
            "118 118",
            "118 500",
            "+882 1234 5678",
            "00883 123 456",
            "+979 1234 5678",
        ] {
            assert!(is_premium_rate(premium), "{premium}");
        }
        for fine in [
            "07700 900123",
            "0300 123 4567",
            "+44 7700 900123",
            "116 123",
            "0118 496 0000",
            "+353 1 234 5678",
        ] {
            assert!(!is_premium_rate(fine), "{fine}");
        }
    }
}
