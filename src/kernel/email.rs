//! Email addresses as a person types them, checked so that what is shown is where a message
//! goes: one recipient, and nothing that changes the `mailto:` link it is put in.

/// True for one plain address: something before an `@`, a domain of letters, digits, dots
/// and hyphens with a dot inside it, and nothing a `mailto:` link reads as more than the
/// address (`?`, `&`, `%`, `#`), as more recipients (`,`, `;`), or as a disguise (a web
/// address before the `@`, spaces, quotes, markup).
pub fn is_email(email: &str) -> bool {
    let Some((user, domain)) = email.split_once('@') else {
        return false;
    };
    !user.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
        && !user.contains([':', '/', '\\'])
        && !email.chars().any(|c| {
            c.is_whitespace() || matches!(c, '<' | '>' | '"' | '?' | '&' | '%' | '#' | ',' | ';')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_plain_address_and_nothing_that_points_elsewhere() {
        for fine in ["sam.okafor@example.org", "a+b@nhs.uk", "zoë@exämple.org"] {
            assert!(is_email(fine), "{fine}");
        }
        for odd in [
            "sam@example.org,boss@example.org",
            "sam@example.org;other@example.org",
            "sam@example.org?bcc=x@example.org",
            "https://bank.example@evil.example",
            "sam@exa mple.org",
            "sam@@example.org",
            "sam@example",
            "@example.org",
            "sam@.example.org",
            "\"sam\"@example.org",
            "sam@example.org#x",
        ] {
            assert!(!is_email(odd), "{odd}");
        }
    }
}
