//! The controller's part in a workshop: each participant's vote, the dot vote, and the time
//! counted on the section shown against its plan.

use super::*;
use crate::session::OpenDotVote;

impl Controller {
    /// Gives (or with `None` takes back) a voter's choice on the question shown; returns whether
    /// the session changed.
    pub fn vote(&mut self, voter: &str, choice: Option<&str>, now: Timestamp) -> Result<bool, Refusal> {
        self.writable()?;
        let id = self.current_id()?;
        crate::interview::votes::vote(&self.q, &mut self.session, &id, voter, choice, now)
    }

    /// Gives one of a voter's dots to a suggested action or an open item (a dot vote; see
    /// [`crate::interview::votes::give_dot`]).
    pub fn give_dot(&mut self, voter: &str, id: &str, now: Timestamp) -> Result<(), Refusal> {
        self.writable()?;
        crate::interview::votes::give_dot(&self.q, &mut self.session, voter, id, now)
    }

    /// Takes back the dot a voter gave last; returns whether there was one.
    pub fn take_back_dot(&mut self, voter: &str, now: Timestamp) -> Result<bool, Refusal> {
        self.writable()?;
        Ok(crate::interview::votes::take_back_dot(&mut self.session, voter, now))
    }

    /// Says which dot vote is going on (`None` when it ended), for the projector to show;
    /// returns whether the session changed. Nothing is said in a read-only window.
    pub fn show_dot_vote(&mut self, vote: Option<OpenDotVote>) -> bool {
        if self.read_only || self.session.dot_vote == vote {
            return false;
        }
        self.session.dot_vote = vote;
        true
    }

    /// Adds the time since it was last counted to the section shown (the agenda's time spent).
    /// A gap longer than [`LONGEST_GAP`] (the computer asleep) counts as that long. Nothing is
    /// counted in a read-only window.
    pub fn count_time(&mut self, now: Timestamp) -> Counted {
        let gap = (now - self.counted).num_seconds();
        match self.place {
            Some(place) if !self.read_only && gap >= 1 => {
                let section = &self.q.sections[place.section];
                let spent = self.session.spent.entry(section.id.clone()).or_insert(0);
                let before = *spent;
                *spent += gap.min(LONGEST_GAP).unsigned_abs();
                // Only whole seconds are counted: the rest waits for the next count.
                self.counted += chrono::Duration::seconds(gap);
                let planned = section.minutes.map(|m| u64::from(m) * 60);
                match planned {
                    Some(end) if before < end && *spent >= end => Counted::PlannedEnd(place.section),
                    _ => Counted::Seconds,
                }
            }
            Some(_) if !self.read_only && gap == 0 => Counted::Nothing,
            // Nothing to count for (or a clock that went back): counting starts again now.
            _ => {
                self.counted = now;
                Counted::Nothing
            }
        }
    }

    /// Seconds spent on the question since it was reached.
    pub(super) fn seconds(&self, now: Timestamp) -> Option<f64> {
        let ms = (now - self.since).num_milliseconds();
        #[allow(clippy::cast_precision_loss, reason = "milliseconds up to 2^53 are exact in an f64")]
        (ms >= 0).then(|| ms as f64 / 1000.0)
    }
}
