package analyze

// Backchannels are the listener's "mm-hmm": short signals that they are
// following, which do not take the floor. Several metrics need them: a
// backchannel is not a question, not an interruption, and does not end the
// other speaker's monologue.

// CommonPhrases are phrase lists several analyzers share; they belong to no
// one analyzer.
var CommonPhrases = []*PhraseList{{
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

// maxBackchannelWords is the longest utterance that can be a backchannel.
const maxBackchannelWords = 4

// IsBackchannel reports whether words are a backchannel: at most
// maxBackchannelWords words, all covered by phrases of the rubric's
// "backchannels" list.
func (r *Rubric) IsBackchannel(words []string) bool {
	if len(words) == 0 || len(words) > maxBackchannelWords {
		return false
	}
	return covers(r.Phrases("backchannels"), words)
}

// covers reports whether words are a sequence of whole phrases of p.
func covers(p *Phrases, words []string) bool {
	if len(words) == 0 {
		return true
	}
	if !p.mayStart(words[0]) {
		return false
	}
	for _, idx := range [2][]int{p.byFirst[words[0]], p.wild} {
		for _, k := range idx {
			if end, ok := matchParts(p.phrases[k].parts, words, 0); ok && end > 0 && covers(p, words[end:]) {
				return true
			}
		}
	}
	return false
}
