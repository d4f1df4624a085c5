//! The IIN (individual identification number) check (domain.md §1): 12 digits; digits 1-6
//! the birth date YYMMDD; digit 7 century and sex (1/2: 1800s, 3/4: 1900s, 5/6: 2000s; odd
//! male, even female); digits 8-11 a serial; digit 12 a check digit: the sum of digits 1-11
//! weighted 1..11, mod 11; if that is 10, weights 3..11,1,2; if 10 again the number cannot
//! be valid. A BIN (business identification number) has the same length and check digit
//! but its digit 5 gives the legal-entity type (4, 5 or 6), never a day's first digit.

use chrono::NaiveDate;
use serde::Serialize;

/// What a valid IIN tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct IinInfo {
    pub birth_date: NaiveDate,
    pub sex: Sex,
    /// The first year of the century of birth: 1800, 1900 or 2000.
    pub century_start: i32,
    /// Digits 8-11.
    pub serial: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Male,
    Female,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "error")]
pub enum IinError {
    /// Not 12 characters (the count given, after trimming spaces around).
    WrongLength { length: usize },
    /// A character that is not an ASCII digit, at this 1-based position.
    NonDigit { position: usize },
    /// The check digit does not match (or the number can have none: 10 twice).
    BadChecksum,
    /// A business identification number (digit 5 is 4, 5 or 6: a legal-entity type).
    IsBin { entity_type: u8 },
    /// Digit 7 is not 1-6.
    BadCenturyDigit { digit: u8 },
    /// Digits 1-6 are not a calendar date (e.g. 250230).
    ImpossibleDate,
}

impl std::fmt::Display for IinError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IinError::WrongLength { length } => {
                write!(f, "an IIN has 12 digits, this has {length} characters")
            }
            IinError::NonDigit { position } => {
                write!(f, "character {position} is not a digit")
            }
            IinError::BadChecksum => f.write_str("the check digit (12th) does not match"),
            IinError::IsBin { entity_type } => write!(
                f,
                "this is a BIN (business identification number, entity type {entity_type}), not an IIN"
            ),
            IinError::BadCenturyDigit { digit } => {
                write!(f, "digit 7 must be 1-6 (century and sex), not {digit}")
            }
            IinError::ImpossibleDate => f.write_str("digits 1-6 are not a valid birth date"),
        }
    }
}

impl std::error::Error for IinError {}

const WEIGHTS_1: [u32; 11] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const WEIGHTS_2: [u32; 11] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/// The check digit of the first 11 digits, or None when it would be 10 twice.
pub fn check_digit(first11: &[u8; 11]) -> Option<u8> {
    let sum = |weights: &[u32; 11]| -> u32 {
        first11
            .iter()
            .zip(weights)
            .map(|(d, w)| u32::from(*d) * w)
            .sum::<u32>()
            % 11
    };
    let first = sum(&WEIGHTS_1);
    let digit = if first == 10 { sum(&WEIGHTS_2) } else { first };
    u8::try_from(digit).ok().filter(|d| *d < 10)
}

/// Check an IIN and decode it. Whitespace around it is ignored (a paste's line break too);
/// nothing else is. No date is known here: a birth date after today is the caller's to refuse.
pub fn check(input: &str) -> Result<IinInfo, IinError> {
    let text = input.trim();
    let length = text.chars().count();
    if length != 12 {
        return Err(IinError::WrongLength { length });
    }
    let mut digits = [0u8; 12];
    for (i, ch) in text.chars().enumerate() {
        let d = ch
            .to_digit(10)
            .filter(|_| ch.is_ascii_digit())
            .ok_or(IinError::NonDigit { position: i + 1 })?;
        // A digit is below 10, so it fits in a u8.
        digits[i] = d as u8;
    }
    let mut first11 = [0u8; 11];
    first11.copy_from_slice(&digits[..11]);
    if check_digit(&first11) != Some(digits[11]) {
        return Err(IinError::BadChecksum);
    }
    if (4..=6).contains(&digits[4]) {
        return Err(IinError::IsBin {
            entity_type: digits[4],
        });
    }
    let (century_start, sex) = match digits[6] {
        1 => (1800, Sex::Male),
        2 => (1800, Sex::Female),
        3 => (1900, Sex::Male),
        4 => (1900, Sex::Female),
        5 => (2000, Sex::Male),
        6 => (2000, Sex::Female),
        digit => return Err(IinError::BadCenturyDigit { digit }),
    };
    let two = |i: usize| u32::from(digits[i]) * 10 + u32::from(digits[i + 1]);
    let year = century_start + two(0) as i32;
    let birth_date =
        NaiveDate::from_ymd_opt(year, two(2), two(4)).ok_or(IinError::ImpossibleDate)?;
    let serial = digits[7..11]
        .iter()
        .fold(0u16, |acc, d| acc * 10 + u16::from(*d));
    Ok(IinInfo {
        birth_date,
        sex,
        century_start,
        serial,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::ruleset::ymd;

    // Worked by hand: 9*1 + 1*4 + 1*6 + 3*7 + 1*11 = 51; 51 mod 11 = 7.
    const VALID: &str = "900101300017";

    #[test]
    fn decodes_a_valid_iin() {
        let info = check(VALID).unwrap();
        assert_eq!(info.birth_date, ymd(1990, 1, 1));
        assert_eq!(info.sex, Sex::Male);
        assert_eq!(info.century_start, 1900);
        assert_eq!(info.serial, 1);
        assert_eq!(check(" 900101300017 "), Ok(info));
    }

    #[test]
    fn second_weighting_when_the_first_gives_10() {
        // 0,0,0,0,0,0,0,0,0,1,0 weighted 1..11 gives 10; weights 3..11,1,2 give 1.
        assert_eq!(check_digit(&[0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]), Some(1));
        // Some first-11 digits give 10 under both weightings: no valid check digit exists.
        let mut found = false;
        for n in 0..100_000u32 {
            let mut d = [0u8; 11];
            let mut m = n;
            for slot in d.iter_mut().rev() {
                *slot = (m % 10) as u8;
                m /= 10;
            }
            let s1: u32 = d
                .iter()
                .zip(WEIGHTS_1)
                .map(|(a, w)| u32::from(*a) * w)
                .sum();
            let s2: u32 = d
                .iter()
                .zip(WEIGHTS_2)
                .map(|(a, w)| u32::from(*a) * w)
                .sum();
            if s1 % 11 == 10 && s2 % 11 == 10 {
                assert_eq!(check_digit(&d), None);
                found = true;
                break;
            }
        }
        assert!(found);
    }

    #[test]
    fn errors() {
        assert_eq!(check("12345"), Err(IinError::WrongLength { length: 5 }));
        assert_eq!(
            check("90010130001a"),
            Err(IinError::NonDigit { position: 12 })
        );
        assert_eq!(
            check("９00101300017"),
            Err(IinError::NonDigit { position: 1 })
        );
        assert_eq!(check("900101300018"), Err(IinError::BadChecksum));
        // 2025-02-30 with a valid check digit: 2*1+5*2+2*4+3*5+5*7+1*11 = 81 -> 4.
        assert_eq!(check("250230500014"), Err(IinError::ImpossibleDate));
        // A BIN: digit 5 = 4 (legal-entity type), with its correct check digit.
        let mut first11 = [0u8; 11];
        for (i, c) in "05014000001".bytes().enumerate() {
            first11[i] = c - b'0';
        }
        let bin = format!("05014000001{}", check_digit(&first11).unwrap());
        assert_eq!(check(&bin), Err(IinError::IsBin { entity_type: 4 }));
        // Digit 7 = 7 with a valid check digit.
        let mut first11 = [0u8; 11];
        for (i, c) in "90010170001".bytes().enumerate() {
            first11[i] = c - b'0';
        }
        let bad = format!("90010170001{}", check_digit(&first11).unwrap());
        assert_eq!(check(&bad), Err(IinError::BadCenturyDigit { digit: 7 }));
    }

    /// Digits 8-11 read as one number, and every error says what is wrong in words (the JS
    /// API's `message`). Found by mutation testing: the serial's `* 10` made `/ 10`, and an
    /// empty `Display`, went unnoticed.
    #[test]
    fn the_serial_and_the_error_messages() {
        let mut first11 = [0u8; 11];
        for (i, c) in "90010131234".bytes().enumerate() {
            first11[i] = c - b'0';
        }
        let iin = format!("90010131234{}", check_digit(&first11).unwrap());
        assert_eq!(check(&iin).map(|i| i.serial), Ok(1234));
        for (error, says) in [
            (IinError::WrongLength { length: 5 }, "5"),
            (IinError::NonDigit { position: 3 }, "3"),
            (IinError::BadChecksum, "check digit"),
            (IinError::IsBin { entity_type: 4 }, "4"),
            (IinError::BadCenturyDigit { digit: 7 }, "7"),
            (IinError::ImpossibleDate, "date"),
        ] {
            assert!(error.to_string().contains(says), "{error:?}: {error}");
        }
    }
}
