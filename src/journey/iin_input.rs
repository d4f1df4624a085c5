//! The IIN box's text as people type or paste it, made the number the check reads: the groups'
//! spaces and dashes, and what a paste carries that no one sees, dropped; other digits (full
//! width, Arabic-Indic) read as ASCII digits, as the date boxes read them. No web crate: tested
//! natively.

/// A character a pasted number may carry that cannot be seen: controls, direction marks and
/// isolates (which phones and messengers put around a number), joiners, variation selectors,
/// tags, soft hyphens, lone combining marks (found by a review: an error quoted one as “”),
/// and the blanks that look like a space (the braille blank, the Hangul fillers: found by an
/// audit of the final build).
fn invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00ad}'
                | '\u{0300}'..='\u{036f}'
                | '\u{115f}'..='\u{1160}'
                | '\u{1ab0}'..='\u{1aff}'
                | '\u{1dc0}'..='\u{1dff}'
                | '\u{20d0}'..='\u{20ff}'
                | '\u{2800}'
                | '\u{3164}'
                | '\u{fe20}'..='\u{fe2f}'
                | '\u{ffa0}'
                | '\u{061c}'
                | '\u{180e}'
                | '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}'
                | '\u{fe00}'..='\u{fe0f}'
                | '\u{feff}'
                | '\u{e0000}'..='\u{e007f}'
        )
}

/// The number as typed without its spaces and dashes: people write an IIN in groups
/// ("850101 300015", "850101-300015"); nor what cannot be seen (`invisible`).
pub fn digits(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '‐' | '‑' | '–' | '—' | '－' | '−'))
        .filter(|c| !invisible(*c))
        // Full-width, Arabic-Indic and Persian digits as digits (as the date boxes).
        .map(crate::journey::date_input::ascii_digit)
        .collect()
}

/// The first character of `number` (as `digits` leaves it) that is not a digit, as a person
/// sees it: a flag is two letters of its own alphabet that show as one sign, quoted whole
/// (found by a review: “🇰” alone shows as a boxed letter, not the flag pasted).
pub fn first_not_digit(number: &str) -> Option<String> {
    let regional = |c: char| ('\u{1f1e6}'..='\u{1f1ff}').contains(&c);
    let mut rest = number.chars().skip_while(char::is_ascii_digit);
    let c = rest.next()?;
    let mut seen = String::from(c);
    if regional(c) {
        seen.extend(rest.next().filter(|n| regional(*n)));
    }
    Some(seen)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_dashes_and_what_cannot_be_seen_are_dropped_a_letter_stays() {
        assert_eq!(digits("850101 300015"), "850101300015");
        assert_eq!(digits("850101 - 300015"), "850101300015");
        assert_eq!(digits("850101\u{2212}300\u{2800}015"), "850101300015");
        assert_eq!(digits("\u{2066}850101300015\u{2069}"), "850101300015");
        assert_eq!(digits("９\u{fe0f}\u{20e3}"), "9");
        assert_eq!(digits("85O101"), "85O101");
    }

    #[test]
    fn the_character_named_is_the_first_that_is_no_digit_a_flag_whole() {
        assert_eq!(first_not_digit("85O101"), Some("O".into()));
        assert_eq!(first_not_digit("850101300015"), None);
        assert_eq!(first_not_digit("8501🇰🇿01"), Some("🇰🇿".into()));
        assert_eq!(first_not_digit("🇰x"), Some("🇰".into()));
        assert_eq!(first_not_digit(&digits("85👍\u{1f3fd}")), Some("👍".into()));
    }
}
