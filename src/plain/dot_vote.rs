//! A dot vote in plain mode: the suggested actions and open items numbered once, then each
//! participant's dots as numbers on one line ("1 1 3"), `-` to take back the last one; the
//! ranking at the end. The same core functions as the full-screen app's dot vote.

use std::io::{BufRead, Write};

use waypost_core::interview::Controller;
use waypost_core::interview::votes::dots_per_voter;
use waypost_core::report::dots::dot_targets;
use waypost_core::session::{OpenDotVote, Timestamp};
use waypost_core::text::line;

use super::ask::Save;
use super::io::Lines;
use super::messages as msg;

/// Runs a dot vote; returns false when the input ended.
pub(super) fn run<R: BufRead, W: Write>(
    ctl: &mut Controller,
    io: &mut Lines<R, W>,
    save: Save<'_, R, W>,
    clock: &dyn Fn() -> Timestamp,
) -> bool {
    let voters = ctl.session().subject.participants.clone();
    let targets = dot_targets(ctl.questionnaire(), ctl.session(), ctl.language());
    if voters.is_empty() {
        io.say(&msg::no_voters());
        return true;
    }
    if targets.is_empty() {
        io.say(&msg::no_dot_targets());
        return true;
    }
    let each = dots_per_voter(ctl.questionnaire());
    io.say(&msg::dots_hint(each));
    for (n, (_, text)) in targets.iter().enumerate() {
        io.say(&format!("  {}. {}", n + 1, line(text)));
    }
    let keys: Vec<String> = targets.iter().map(|(key, _)| key.clone()).collect();
    for voter in &voters {
        // Whose turn it is, said in the session for the projector.
        if ctl.show_dot_vote(Some(OpenDotVote { voter: voter.clone(), on: keys.clone() })) {
            save(ctl, io);
        }
        loop {
            let given = ctl.session().dots.get(voter).map_or(0, Vec::len);
            let left = each.saturating_sub(given);
            if left == 0 {
                io.say(&msg::dots_all_given(&line(voter)));
                break;
            }
            let Some(reply) = io.read(&msg::dots_of(&line(voter), left)) else {
                ctl.show_dot_vote(None);
                save(ctl, io);
                return false;
            };
            let reply = reply.trim();
            if reply.is_empty() {
                break;
            }
            if reply == "-" {
                if let Err(e) = ctl.take_back_dot(voter, clock()) {
                    io.say(&format!("  {}", line(&e.to_string())));
                }
                save(ctl, io);
                continue;
            }
            match picks(reply, targets.len(), left) {
                Ok(picked) => {
                    for n in picked {
                        if let Err(e) = ctl.give_dot(voter, &targets[n].0, clock()) {
                            io.say(&format!("  {}", line(&e.to_string())));
                        }
                    }
                    save(ctl, io);
                }
                Err(problem) => io.say(&problem),
            }
        }
    }
    if ctl.show_dot_vote(None) {
        save(ctl, io);
    }
    let mut ranked: Vec<(usize, &str)> = targets
        .iter()
        .map(|(key, text)| (ctl.session().dots.values().flatten().filter(|d| *d == key).count(), text.as_str()))
        .collect();
    ranked.sort_by_key(|(dots, _)| std::cmp::Reverse(*dots));
    io.say(&msg::dots_done());
    for (n, (dots, text)) in ranked.iter().enumerate() {
        io.say(&format!("  {}. {} ({})", n + 1, line(text), msg::dots_count(*dots)));
    }
    true
}

/// The targets a line of numbers picks (from 0), each number a dot; refused whole when a
/// number is not among the targets or there are more than `left`.
fn picks(reply: &str, targets: usize, left: usize) -> Result<Vec<usize>, String> {
    let mut picked = Vec::new();
    for word in reply.split(|c: char| c == ',' || c.is_whitespace()).filter(|w| !w.is_empty()) {
        match word.parse::<usize>() {
            Ok(n) if (1..=targets).contains(&n) => picked.push(n - 1),
            _ => return Err(msg::dots_bad_number(&line(word), targets)),
        }
    }
    if picked.len() > left {
        return Err(msg::dots_too_many(left));
    }
    Ok(picked)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_of_numbers_gives_a_dot_each_within_the_dots_left() {
        waypost_core::i18n::set_language("en");
        assert_eq!(picks("1 1, 3", 3, 3), Ok(vec![0, 0, 2]));
        assert_eq!(picks("4", 3, 3), Err(msg::dots_bad_number("4", 3)));
        assert_eq!(picks("one", 3, 3), Err(msg::dots_bad_number("one", 3)));
        assert_eq!(picks("1 2 3", 3, 2), Err(msg::dots_too_many(2)));
    }
}
