//! Validation of every value a host page hands the app: `data-*` attributes (through the
//! loader's URL), URL query parameters and the options of `mount`. Pure functions, no web
//! crate, so `cargo test` checks them natively. A rejected value is dropped with a warning
//! (the caller logs it); it never stops the app.

/// The longest value accepted anywhere (an origin, a colour, a code); longer is hostile.
pub const MAX_LEN: usize = 256;

/// A value quoted for a warning: in double quotes, control characters, quotes and
/// backslashes escaped, and cut to a few dozen characters so a huge hostile string cannot
/// flood the console. (Written by hand: `{:?}` would bring Unicode tables into the app.)
pub fn shown(value: &str) -> String {
    const KEEP: usize = 40;
    let mut out = String::from("\"");
    for (i, ch) in value.chars().enumerate() {
        if i == KEEP {
            out.push('…');
            break;
        }
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// An accent colour: `#rgb` or `#rrggbb` only (no names, no functions, nothing that could
/// carry a `url()` or a second declaration), dark enough for white text on it and for text
/// in it on white (contrast at least 4.5:1, WCAG 1.4.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accent {
    pub rgb: [u8; 3],
}

impl Accent {
    pub fn parse(value: &str) -> Result<Accent, String> {
        let hex = value
            .strip_prefix('#')
            .filter(|h| (h.len() == 3 || h.len() == 6) && h.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| format!("accent {} is not a colour #rgb or #rrggbb", shown(value)))?;
        let digit = |b: u8| -> u8 {
            match b {
                b'0'..=b'9' => b - b'0',
                b'a'..=b'f' => b - b'a' + 10,
                _ => b - b'A' + 10,
            }
        };
        let bytes = hex.as_bytes();
        let rgb = if bytes.len() == 3 {
            [0, 1, 2].map(|i| digit(bytes[i]) * 17)
        } else {
            [0, 1, 2].map(|i| digit(bytes[2 * i]) * 16 + digit(bytes[2 * i + 1]))
        };
        let accent = Accent { rgb };
        let ratio = accent.contrast_with_white();
        if ratio < 4.5 {
            // Tenths by hand: float formatting would add kilobytes to the app.
            let tenths = (ratio * 10.0) as u32;
            return Err(format!(
                "accent {} has a contrast of {}.{}:1 with white, below 4.5:1; keeping the default",
                shown(value),
                tenths / 10,
                tenths % 10
            ));
        }
        Ok(accent)
    }

    /// `#rrggbb`.
    pub fn css(&self) -> String {
        let [r, g, b] = self.rgb;
        format!("#{r:02x}{g:02x}{b:02x}")
    }

    /// A darker shade for hover and pressed states (three quarters of each channel).
    pub fn darker(&self) -> Accent {
        Accent {
            rgb: self.rgb.map(|c| (u16::from(c) * 3 / 4) as u8),
        }
    }

    /// WCAG 2 contrast ratio against white.
    pub fn contrast_with_white(&self) -> f64 {
        let [r, g, b] = self
            .rgb
            .map(|c| f64::from(LINEAR[usize::from(c)]) / 65535.0);
        let luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        1.05 / (luminance + 0.05)
    }
}

/// sRGB channel value -> linear light x 65535 (WCAG 2 relative luminance), precomputed:
/// `f64::powf` would bring libm's pow into the app for this one check.
#[rustfmt::skip]
const LINEAR: [u16; 256] = [
    0, 20, 40, 60, 80, 99, 119, 139, 159, 179, 199, 219, 241, 264, 288, 313,
    340, 367, 396, 427, 458, 491, 526, 562, 599, 637, 677, 718, 761, 805, 851, 898,
    947, 997, 1048, 1101, 1156, 1212, 1270, 1330, 1391, 1453, 1517, 1583, 1651, 1720, 1790, 1863,
    1937, 2013, 2090, 2170, 2250, 2333, 2418, 2504, 2592, 2681, 2773, 2866, 2961, 3058, 3157, 3258,
    3360, 3464, 3570, 3678, 3788, 3900, 4014, 4129, 4247, 4366, 4488, 4611, 4736, 4864, 4993, 5124,
    5257, 5392, 5530, 5669, 5810, 5953, 6099, 6246, 6395, 6547, 6700, 6856, 7014, 7174, 7335, 7500,
    7666, 7834, 8004, 8177, 8352, 8528, 8708, 8889, 9072, 9258, 9445, 9635, 9828, 10022, 10219, 10417,
    10619, 10822, 11028, 11235, 11446, 11658, 11873, 12090, 12309, 12530, 12754, 12980, 13209, 13440, 13673, 13909,
    14146, 14387, 14629, 14874, 15122, 15371, 15623, 15878, 16135, 16394, 16656, 16920, 17187, 17456, 17727, 18001,
    18277, 18556, 18837, 19121, 19407, 19696, 19987, 20281, 20577, 20876, 21177, 21481, 21787, 22096, 22407, 22721,
    23038, 23357, 23678, 24002, 24329, 24658, 24990, 25325, 25662, 26001, 26344, 26688, 27036, 27386, 27739, 28094,
    28452, 28813, 29176, 29542, 29911, 30282, 30656, 31033, 31412, 31794, 32179, 32567, 32957, 33350, 33745, 34143,
    34544, 34948, 35355, 35764, 36176, 36591, 37008, 37429, 37852, 38278, 38706, 39138, 39572, 40009, 40449, 40891,
    41337, 41785, 42236, 42690, 43147, 43606, 44069, 44534, 45002, 45473, 45947, 46423, 46903, 47385, 47871, 48359,
    48850, 49344, 49841, 50341, 50844, 51349, 51858, 52369, 52884, 53401, 53921, 54445, 54971, 55500, 56032, 56567,
    57105, 57646, 58190, 58737, 59287, 59840, 60396, 60955, 61517, 62082, 62650, 63221, 63795, 64372, 64952, 65535,
];

/// A web origin as `location.origin` writes it: `http` or `https`, a host, an optional port,
/// nothing else (no path, no user, no query, no trailing slash). Returns it unchanged.
/// Anything else (including the opaque origin `null`) means no message is ever posted.
pub fn origin(value: &str) -> Result<&str, String> {
    let bad = |why: &str| format!("origin {} is not an http(s) origin: {why}", shown(value));
    if value.len() > MAX_LEN {
        return Err(bad("too long"));
    }
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))
        .ok_or_else(|| bad("it must start with http:// or https://"))?;
    let (host, port) = if let Some(bracketed) = rest.strip_prefix('[') {
        // An IPv6 literal: [hex:hex...]:port
        let (ip, after) = bracketed
            .split_once(']')
            .ok_or_else(|| bad("unclosed IPv6 bracket"))?;
        if ip.is_empty()
            || !ip
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
        {
            return Err(bad("bad IPv6 address"));
        }
        match after {
            "" => (ip, None),
            p => (
                ip,
                Some(
                    p.strip_prefix(':')
                        .ok_or_else(|| bad("text after the host"))?,
                ),
            ),
        }
    } else {
        match rest.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (rest, None),
        }
    };
    if host.is_empty() {
        return Err(bad("no host"));
    }
    if !rest.starts_with('[') {
        let labels_ok = host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        });
        if !labels_ok {
            return Err(bad(
                "the host must be lower-case letters, digits, hyphens and dots (punycode for others)",
            ));
        }
    }
    if let Some(port) = port {
        let ok = !port.is_empty()
            && port.len() <= 5
            && port.bytes().all(|b| b.is_ascii_digit())
            && !port.starts_with('0')
            && port.parse::<u32>().is_ok_and(|p| p <= 65535);
        if !ok {
            return Err(bad("bad port"));
        }
    }
    Ok(value)
}

/// A language tag (`en`, `ru`, `kk`, `zh-Hans`): letters, then subtags of letters and
/// digits. Which languages the app has is the UI's decision; this only keeps junk out.
pub fn lang(value: &str) -> Result<&str, String> {
    let mut parts = value.split('-');
    let first = parts.next().unwrap_or_default();
    let first_ok = (2..=3).contains(&first.len()) && first.bytes().all(|b| b.is_ascii_alphabetic());
    let rest_ok = parts
        .clone()
        .all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if first_ok && rest_ok && parts.count() <= 3 {
        Ok(value)
    } else {
        Err(format!(
            "lang {} is not a language tag such as en, ru or kk",
            shown(value)
        ))
    }
}

/// A consulate's country: a known ISO 3166-1 alpha-2 code (any case), other than Kazakhstan
/// (its embassies and consulates are abroad).
pub fn country(value: &str) -> Result<crate::rules::Country, String> {
    if value.len() > 8 {
        return Err(format!(
            "country {} is not an ISO 3166-1 alpha-2 code",
            shown(value)
        ));
    }
    let country = crate::rules::Country::parse(value).map_err(|e| format!("country: {e}"))?;
    if country.is_kazakhstan() {
        return Err(
            "country KZ: Kazakhstan's embassies and consulates are abroad; in Kazakhstan one applies at a Public Service Centre"
                .to_owned(),
        );
    }
    Ok(country)
}

/// A declared rule set: one the core has, for embassies and consulates.
pub fn ruleset(value: &str) -> Result<crate::rules::RulesetId, String> {
    use crate::rules::ruleset;
    if value.len() > 64 {
        return Err(format!("ruleset {} is not a known rule set", shown(value)));
    }
    // Only the rule sets a consulate can declare are named (found by an embedding audit: the
    // State Corporation's, named as known, was then refused).
    let consular: Vec<&str> = ruleset::rulesets()
        .iter()
        .filter(|r| ruleset::declarable(r.id))
        .map(|r| r.id)
        .collect();
    let id = crate::rules::RulesetId::parse(value).map_err(|_| {
        format!(
            "ruleset {} is not a rule set this version knows (those for embassies and consulates: {})",
            shown(value),
            consular.join(", ")
        )
    })?;
    if !ruleset::declarable(id.as_str()) {
        return Err(format!(
            "ruleset: `{}` is not a rule set for embassies and consulates (those are: {})",
            id.as_str(),
            consular.join(", ")
        ));
    }
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents() {
        assert_eq!(Accent::parse("#0b5394").unwrap().css(), "#0b5394");
        assert_eq!(Accent::parse("#036").unwrap().css(), "#003366");
        assert_eq!(Accent::parse("#0B5394").unwrap().css(), "#0b5394");
        for bad in [
            "",
            "red",
            "#12345",
            "#1234567",
            "0b5394",
            "#0b5394;background:url(x)",
            "#ggg",
            "var(--x)",
            "#fff", // white on white: no contrast
            "#ffcc00",
        ] {
            assert!(Accent::parse(bad).is_err(), "{bad}");
        }
        assert!(Accent::parse("#888888").unwrap_err().contains("contrast"));
        assert_eq!(Accent::parse("#0b5394").unwrap().darker().css(), "#083e6f");
    }

    #[test]
    fn linear_table_is_the_wcag_formula() {
        for c in 0..=255u8 {
            let s = f64::from(c) / 255.0;
            let linear = if s <= 0.04045 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            };
            let table = f64::from(LINEAR[usize::from(c)]) / 65535.0;
            assert!((linear - table).abs() < 1e-4, "{c}");
        }
        // Known ratios: the default accent #0b5394 7.84:1, grey #777 4.48:1, #767676 4.54:1.
        assert!((Accent::parse("#0b5394").unwrap().contrast_with_white() - 7.84).abs() < 0.01);
        assert!(Accent::parse("#777777").is_err());
        assert!(Accent::parse("#767676").is_ok());
    }

    #[test]
    fn origins() {
        for ok in [
            "https://consulate.example",
            "http://127.0.0.1:8081",
            "https://xn--80ak6aa92e.com",
            "http://[::1]:8080",
            "https://a-b.example:443",
        ] {
            assert_eq!(origin(ok), Ok(ok));
        }
        for bad in [
            "",
            "null",
            "*",
            "https://",
            "https://example.com/",
            "https://example.com/path",
            "https://user@example.com",
            "javascript:alert(1)",
            "ftp://example.com",
            "https://EXAMPLE.com",
            "https://example.com:0",
            "https://example.com:99999",
            "https://example.com:",
            "https://exa mple.com",
            "https://example.com?x",
            "https://example.com#x",
            "https://<script>",
            "https://-a.example",
            "https://a..example",
        ] {
            assert!(origin(bad).is_err(), "{bad}");
        }
        let huge = format!("https://{}.example", "a".repeat(100_000));
        let err = origin(&huge).unwrap_err();
        assert!(err.len() < 200, "the warning quotes only the start: {err}");
    }

    #[test]
    fn langs_countries_rulesets() {
        for ok in ["en", "ru", "kk", "de", "zh-Hans", "en-GB"] {
            assert!(lang(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "e",
            "english",
            "en_GB",
            "<script>",
            "en-",
            "ru-RU-x-a-b-c",
            "en GB",
        ] {
            assert!(lang(bad).is_err(), "{bad}");
        }
        assert_eq!(country("de").unwrap().as_str(), "DE");
        assert!(country("ZZ").is_err());
        assert!(country("kz").unwrap_err().contains("abroad"));
        assert!(country(&"A".repeat(10_000)).is_err());
        assert_eq!(ruleset("fi-pilot-2025").unwrap().as_str(), "fi-pilot-2025");
        assert!(ruleset("fi-pilot-2031").is_err());
        // The State Corporation's rules are not a consulate's to declare.
        let err = ruleset("in-country-2024").unwrap_err();
        assert!(
            err.contains("not a rule set for embassies and consulates"),
            "{err}"
        );
        assert!(err.contains("fi-pilot-2025"), "{err}");
        assert!(ruleset("<img src=x onerror=alert(1)>").is_err());
    }

    #[test]
    fn shown_is_short_and_escaped() {
        assert_eq!(shown("a\"b"), "\"a\\\"b\"");
        assert_eq!(shown("<x>\n"), "\"<x>\\u{a}\"");
        assert!(shown(&"x".repeat(1000)).chars().count() < 50);
    }
}
