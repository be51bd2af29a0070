// Package transcript is what a call is once read: a Transcript of Turns
// (what one speaker said before another spoke), each split into Sentences,
// with Cues (the source's own pieces and times) and Speakers with roles. It
// also defines what a word is, for every count lastmile makes (Words,
// CountWords). It knows no file format and no metric: package read fills
// it, the analyzers read it.
package transcript

import (
	"fmt"
	"strings"
	"time"
)

// Role says which side of the deal a speaker is on.
type Role uint8

const (
	// RoleUnknown is a speaker nobody could place: transcripts without
	// speaker labels, or speakers on a call where no seller was identified.
	RoleUnknown Role = iota
	// RoleRep is the seller's side: the rep, and anyone selling with them.
	RoleRep
	// RoleCustomer is everyone else on the call.
	RoleCustomer
)

func (r Role) String() string {
	switch r {
	case RoleRep:
		return "rep"
	case RoleCustomer:
		return "customer"
	}
	return "unknown"
}

// MarshalText writes a role as "rep", "customer" or "unknown".
func (r Role) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// RoleSource says how a speaker's role was decided, so that output can mark
// a guess as a guess.
type RoleSource uint8

const (
	// RoleFromNone: nothing decided the role (it is RoleUnknown).
	RoleFromNone RoleSource = iota
	// RoleFromFlag: the speaker matched a --rep name or the rubric's sellers.
	RoleFromFlag
	// RoleFromLabel: the speaker's label says it ("Rep", "Customer", "Agent"...).
	RoleFromLabel
	// RoleFromGuess: lastmile guessed (see AssignRoles).
	RoleFromGuess
)

func (s RoleSource) String() string {
	switch s {
	case RoleFromFlag:
		return "given"
	case RoleFromLabel:
		return "label"
	case RoleFromGuess:
		return "guess"
	}
	return "none"
}

// MarshalText writes a role source as "given", "label", "guess" or "none".
func (s RoleSource) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Timing says what the source told us about time.
type Timing uint8

const (
	// TimingNone: no times at all (plain "Name: text" lines).
	TimingNone Timing = iota
	// TimingStarts: every turn has a start time, but ends are not known
	// ("[00:01:23] Name: text", Otter and Zoom text exports). A turn's End is
	// then the next turn's start (the last turn's is estimated from its words
	// at 150 words a minute), which includes any silence before the next turn.
	TimingStarts
	// TimingFull: every cue has a start and an end (subtitles, ASR JSON).
	TimingFull
)

func (t Timing) String() string {
	switch t {
	case TimingStarts:
		return "starts"
	case TimingFull:
		return "full"
	}
	return "none"
}

// MarshalText writes a timing as "none", "starts" or "full".
func (t Timing) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// A Format names a transcript file format ("webvtt", "aws-json"...); the
// reading package lists them and their readers.
type Format string

// A Transcript is one call as read from one file.
type Transcript struct {
	Name   string // the file name, as given
	Format Format // the format it was read as
	Timing Timing // what the source says about time
	Turns  []Turn
	// Speakers lists every speaker once, in order of first appearance.
	Speakers []Speaker
	// Start and End are the first turn's start and the last turn's end
	// (zero when untimed). Duration is End-Start: the span of speech, not
	// the length of the recording, which may begin with minutes of silence.
	Start, End time.Duration
	// Notes are things the reader noticed and the user may want to know,
	// such as "not valid UTF-8 (first at line 3): read as Windows-1252" or
	// "seller guessed: Dana (use --rep NAME to say who sells)".
	Notes []string
}

// Duration is the span of speech: the last turn's end minus the first
// turn's start. It is zero for an untimed transcript.
func (t *Transcript) Duration() time.Duration { return t.End - t.Start }

// Timed reports whether turns carry times (at least start times).
func (t *Transcript) Timed() bool { return t.Timing != TimingNone }

// Speaker returns the speaker with the given name, or nil.
func (t *Transcript) Speaker(name string) *Speaker {
	for i := range t.Speakers {
		if t.Speakers[i].Name == name {
			return &t.Speakers[i]
		}
	}
	return nil
}

// HasSides reports whether the call has both a seller and a customer, which
// every metric comparing the two sides needs.
func (t *Transcript) HasSides() bool {
	var rep, customer bool
	for _, s := range t.Speakers {
		rep = rep || s.Role == RoleRep
		customer = customer || s.Role == RoleCustomer
	}
	return rep && customer
}

// Sellers returns the names of the speakers on the seller's side, in order
// of first appearance.
func (t *Transcript) Sellers() []string {
	var names []string
	for _, s := range t.Speakers {
		if s.Role == RoleRep {
			names = append(names, s.Name)
		}
	}
	return names
}

// A Speaker is one voice on the call.
type Speaker struct {
	Name     string     // as written in the source ("Dana Whitfield", "spk_0", "Unknown")
	Role     Role       // which side they are on
	RoleFrom RoleSource // how the role was decided
}

// A Turn is what one speaker said before another spoke: consecutive cues or
// segments of one speaker are merged into one turn.
type Turn struct {
	Speaker string
	Role    Role
	// Start and End are set when the transcript is timed (see
	// Transcript.Timing), zero otherwise; with TimingStarts, End is derived.
	Start, End time.Duration
	Line       int    // 1-based source line where the turn starts (0 for JSON sources without lines)
	Text       string // the words, whitespace-collapsed, tags and entities decoded
	Sentences  []Sentence
	// Cues are the source cues, segments or lines merged into this turn, with
	// their own times: the pieces overlap measurement and sentence times use.
	Cues []Cue
	// Unpunctuated marks a turn whose text had no sentence-ending punctuation
	// and was split by the fallback chunker (see Segment).
	Unpunctuated bool
}

// Words returns the number of words in the turn (see Words for what a word is).
func (t *Turn) Words() int {
	n := 0
	for i := range t.Sentences {
		n += len(t.Sentences[i].Words)
	}
	return n
}

// A Cue is one piece of a turn as the source gave it: a subtitle cue, an
// ASR segment, a text line.
type Cue struct {
	Start, End time.Duration
	HasEnd     bool // false when the source gave only a start time
	Line       int
	Offset     int // byte offset in Turn.Text where the cue's text begins
}

// A Sentence is a sentence of one turn. Sentences never span turns.
type Sentence struct {
	Text   string
	Offset int           // byte offset of Text in its Turn.Text
	Line   int           // source line of the cue it starts in
	Start  time.Duration // start of the cue it starts in (zero when untimed)
	// Words are the sentence's words, lower-cased, with curly apostrophes
	// made straight: what phrase lists and detectors match against.
	Words []string
	// Marks are the punctuation around each word (see Marks): one entry a
	// word, set by the reader; nil for a sentence made by hand.
	Marks Marks
	// Unpunctuated marks a sentence that does not end in . ? ! or …: either
	// an ASR chunk or an unfinished sentence. Detectors that would read the
	// final punctuation read the words instead.
	Unpunctuated bool
}

// Ref points at a sentence (or, with Sentence < 0, a whole turn).
type Ref struct {
	Turn, Sentence int
}

// String prints a Ref as "turn 3, sentence 2" for debugging.
func (r Ref) String() string { return fmt.Sprintf("turn %d, sentence %d", r.Turn, r.Sentence) }

// MatchesName reports whether a speaker name matches one of the given
// names: the full name or the first name, ignoring case and surrounding
// space ("dana" and "Dana Whitfield" both match "Dana Whitfield").
func MatchesName(name string, names ...string) bool {
	full := strings.ToLower(strings.TrimSpace(name))
	first, _, _ := strings.Cut(full, " ")
	for _, r := range names {
		r = strings.ToLower(strings.TrimSpace(r))
		if r != "" && (r == full || r == first) {
			return true
		}
	}
	return false
}
