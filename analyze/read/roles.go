package read

import (
	"fmt"
	"strings"

	"github.com/lastmile/lastmile/analyze/transcript"
)

// DefaultRepLabels and DefaultCustomerLabels are speaker labels that say a
// role outright. A label matches a whole speaker name, ignoring case, digits
// and punctuation ("Rep", "Agent 1", "SPEAKER_REP"), or a part of it in
// brackets ("Sam (Rep)", "Dana [Customer]").
var (
	DefaultRepLabels      = []string{"rep", "sales rep", "agent", "seller", "sales", "salesperson", "ae", "sdr", "bdr", "account executive", "account manager", "sales engineer", "se"}
	DefaultCustomerLabels = []string{"customer", "prospect", "client", "buyer", "caller", "lead"}
)

// AssignRoles decides which speakers are on the seller's side and returns
// notes for the user. In order:
//
//  1. names given with --rep match a speaker's full name or first name,
//     ignoring case: those speakers are reps, everyone else a customer; when
//     none matches, nobody is the seller (and a note says so). Then the
//     rubric's sellers, the same way, except that when none matches the
//     next rules decide;
//  2. roles the file states (the generic JSON's "role" field), then speaker
//     labels that say a role (DefaultRepLabels, DefaultCustomerLabels):
//     the labelled speakers get that role, the unlabelled the other one;
//  3. a guess, marked as one: the first speaker who introduces themselves
//     as calling from somewhere in the first six turns ("this is Sam from
//     Acme", "I'm calling from...", "my name is Sam with Acme"), else the
//     first named speaker of the call (not Unknown), is the rep, with any
//     colleague they introduce; everyone else is a customer.
//
// A transcript with one speaker gets no roles unless 1 or 2 gives one:
// nothing can be said about a call with one voice.
func AssignRoles(t *transcript.Transcript, opts ReadOptions) (notes []string) {
	for i := range t.Speakers {
		t.Speakers[i].Role, t.Speakers[i].RoleFrom = transcript.RoleUnknown, transcript.RoleFromNone
	}
	defer func() {
		for i := range t.Turns {
			if s := t.Speaker(t.Turns[i].Speaker); s != nil {
				t.Turns[i].Role = s.Role
			}
		}
	}()

	for _, given := range []struct {
		names  []string
		strict bool
	}{{opts.Reps, true}, {opts.Sellers, false}} {
		if len(given.names) == 0 {
			continue
		}
		matched := false
		for i := range t.Speakers {
			if transcript.MatchesName(t.Speakers[i].Name, given.names...) {
				t.Speakers[i].Role, t.Speakers[i].RoleFrom = transcript.RoleRep, transcript.RoleFromFlag
				matched = true
			}
		}
		if matched {
			for i := range t.Speakers {
				if t.Speakers[i].Role == transcript.RoleUnknown {
					t.Speakers[i].Role, t.Speakers[i].RoleFrom = transcript.RoleCustomer, transcript.RoleFromFlag
				}
			}
			return nil
		}
		if given.strict {
			return append(notes, fmt.Sprintf("no speaker matches --rep %s: no seller on this call", strings.Join(given.names, ", ")))
		}
	}

	repLabels, customerLabels := opts.RepLabels, opts.CustomerLabels
	if repLabels == nil {
		repLabels = DefaultRepLabels
	}
	if customerLabels == nil {
		customerLabels = DefaultCustomerLabels
	}
	var reps, customers int
	for i := range t.Speakers {
		s := &t.Speakers[i]
		switch {
		case opts.sourceRoles[s.Name] == transcript.RoleRep:
			s.Role, s.RoleFrom = transcript.RoleRep, transcript.RoleFromLabel
			reps++
		case opts.sourceRoles[s.Name] == transcript.RoleCustomer:
			s.Role, s.RoleFrom = transcript.RoleCustomer, transcript.RoleFromLabel
			customers++
		case labelled(s.Name, repLabels):
			s.Role, s.RoleFrom = transcript.RoleRep, transcript.RoleFromLabel
			reps++
		case labelled(s.Name, customerLabels):
			s.Role, s.RoleFrom = transcript.RoleCustomer, transcript.RoleFromLabel
			customers++
		}
	}
	if reps+customers > 0 {
		other := transcript.RoleCustomer
		if reps == 0 {
			other = transcript.RoleRep
		}
		for i := range t.Speakers {
			if t.Speakers[i].Role == transcript.RoleUnknown && len(t.Speakers) > 1 {
				t.Speakers[i].Role, t.Speakers[i].RoleFrom = other, transcript.RoleFromLabel
			}
		}
		return notes
	}

	if len(t.Speakers) < 2 {
		return notes
	}
	rep := introducer(t)
	for i := 0; rep == "" && i < len(t.Turns); i++ {
		if t.Turns[i].Speaker != UnknownSpeaker { // unlabelled text is nobody's
			rep = t.Turns[i].Speaker
		}
	}
	if rep == "" {
		return notes
	}
	sellers := append([]string{rep}, colleagues(t, rep)...)
	for i := range t.Speakers {
		s := &t.Speakers[i]
		s.Role, s.RoleFrom = transcript.RoleCustomer, transcript.RoleFromGuess
		for _, r := range sellers {
			if s.Name == r {
				s.Role = transcript.RoleRep
			}
		}
	}
	return append(notes, fmt.Sprintf("seller guessed: %s (use --rep NAME to say who sells)", strings.Join(sellers, " & ")))
}

// colleagues returns the speakers the guessed rep introduces as being on
// their side in the first six turns: "I've also got Arjun on", "I'm
// joined by my colleague Arjun", "Arjun, our sales engineer", "Arjun from
// our team".
func colleagues(t *transcript.Transcript, rep string) []string {
	var out []string
	for _, s := range t.Speakers {
		if s.Name == rep {
			continue
		}
		first := strings.ToLower(strings.Fields(s.Name)[0])
		for i := range min(len(t.Turns), 6) {
			if t.Turns[i].Speaker != rep {
				continue
			}
			if introducesColleague(transcript.Words(t.Turns[i].Text), first) {
				out = append(out, s.Name)
				break
			}
		}
	}
	return out
}

func introducesColleague(w []string, name string) bool {
	for i, x := range w {
		if x != name {
			continue
		}
		for k := max(0, i-3); k < i; k++ {
			switch w[k] {
			case "colleague", "colleagues", "teammate", "coworker", "got", "joined", "brought", "brings":
				return true
			}
		}
		after := strings.Join(w[i+1:min(len(w), i+4)], " ")
		for _, cue := range []string{"our ", "from our", "from my team", "on my team", "on our team", "with me"} {
			if strings.HasPrefix(after+" ", cue) {
				return true
			}
		}
	}
	return false
}

// labelled reports whether a speaker name is, or contains in brackets, one
// of the role labels.
func labelled(name string, labels []string) bool {
	candidates := []string{name}
	for _, pair := range []string{"()", "[]"} {
		if i := strings.IndexByte(name, pair[0]); i >= 0 {
			if j := strings.IndexByte(name[i:], pair[1]); j > 0 {
				candidates = append(candidates, name[i+1:i+j])
			}
		}
	}
	for _, c := range candidates {
		norm := normLabel(c)
		for _, l := range labels {
			if norm != "" && norm == normLabel(l) {
				return true
			}
		}
	}
	return false
}

// normLabel keeps a label's words, lower-cased, dropping digits and
// punctuation: "Agent_1" and "AGENT" both become "agent".
func normLabel(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r > 0x7f && transcript.IsWordRune(r))
	})
	return strings.Join(f, " ")
}

// introducer returns the first speaker who, in the call's first six turns,
// introduces themselves the way a seller does, or "".
func introducer(t *transcript.Transcript) string {
	for i := range min(len(t.Turns), 6) {
		words := transcript.Words(t.Turns[i].Text)
		if introduces(words) {
			return t.Turns[i].Speaker
		}
	}
	return ""
}

// introduces spots a seller's self-introduction: "calling from",
// "reaching out from", "here from", "this is <name> from/with/at", "my name
// is <name> from/with", "I'm <name> from/with", "it's <name> from/with" (a
// name of one or two words).
func introduces(w []string) bool {
	at := func(i int, s ...string) bool {
		if i+len(s) > len(w) {
			return false
		}
		for k, x := range s {
			if w[i+k] != x {
				return false
			}
		}
		return true
	}
	// company reports "from X" or "with X" (and, after "this is", "at X")
	// right after a one- or two-word name that starts at word i.
	company := func(i int, allowAt bool) bool {
		for k := i + 1; k < min(i+3, len(w)-1); k++ {
			switch w[k] {
			case "from", "with":
				return true
			case "at":
				return allowAt
			}
		}
		return false
	}
	for i := range w {
		switch {
		case at(i, "calling", "from"), at(i, "calling", "you", "from"), at(i, "reaching", "out", "from"),
			at(i, "calling", "on", "behalf"), at(i, "here", "from"):
			return true
		case at(i, "this", "is"):
			if company(i+2, true) {
				return true
			}
		case at(i, "my", "name", "is"):
			if company(i+3, false) {
				return true
			}
		case at(i, "i'm"):
			if company(i+1, false) {
				return true
			}
		case at(i, "i", "am"):
			if company(i+2, false) {
				return true
			}
		case at(i, "it's"), at(i, "its"):
			if company(i+1, false) {
				return true
			}
		}
	}
	return false
}
