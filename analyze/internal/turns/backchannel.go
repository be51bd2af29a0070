package turns

import (
	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/phrase"
)

// Backchannels are the listener's "mm-hmm": short signals that they are
// following, which do not take the floor. Several metrics need them: a
// backchannel is not a question, not an interruption, and does not end the
// other speaker's monologue.

// Shared are phrase lists several analyzers share; they belong to no
// one analyzer.
var Shared = []*phrase.List{{
	Name: "backchannels",
	Doc: `Backchannels: what a listener says to show they follow, without taking the floor.
An utterance is a backchannel when it has at most 4 words and its words are
made up entirely of these phrases ("yeah yeah", "oh okay", "mm-hmm right").`,
	Default: []string{
		"yeah", "yes", "yep", "yup", "ya", "yeah yeah", "mm-hmm", "mhm", "mm", "mmm", "hmm", "hm", "uh-huh", "uh huh", "um-hmm",
		"right", "okay", "ok", "okey", "alright", "all right", "sure", "got it", "gotcha", "i see", "oh", "ah", "aha", "wow",
		"really", "true", "exactly", "absolutely", "totally", "definitely", "of course", "cool", "great", "nice", "perfect",
		"good", "fine", "makes sense", "that makes sense", "fair enough", "sounds good", "interesting", "i know", "no way",
		"indeed", "certainly", "correct", "that's right", "that's true", "for sure", "huh", "uh", "um", "er", "ooh", "oh my",
		"wonderful", "awesome", "thanks", "thank you", "yes sir", "no", "nope", "uh-oh",
	},
}}

// MaxBackchannelWords is the longest utterance that can be a backchannel.
const MaxBackchannelWords = 4

// IsBackchannel reports whether words are a backchannel: at most
// MaxBackchannelWords words, all covered by phrases of the rubric's
// "backchannels" list.
func IsBackchannel(r *analyze.Rubric, words []string) bool {
	if len(words) == 0 || len(words) > MaxBackchannelWords {
		return false
	}
	return r.Phrases("backchannels").Covers(words)
}
