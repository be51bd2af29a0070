package read

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/lastmile/lastmile/analyze/transcript"
)

// Limits on input, so that a stray huge file is an error rather than an
// out-of-memory crash. Real transcripts are far below both.
const (
	// MaxFileSize is the largest file Read accepts. Reading holds about
	// 20 times a file's size at its peak (its words, sentences and cues),
	// so the limit keeps one file to about a gigabyte; a real transcript,
	// even a three-hour call's word-level JSON, is well under it.
	MaxFileSize = 48 << 20
	// MaxLineLength is the longest line a text format (plain, VTT, SRT) may
	// have: a real turn is a few KB; a longer line is not a transcript.
	MaxLineLength = 1 << 20
)

// ReadOptions say how to read a transcript.
type ReadOptions struct {
	// Format forces a format; nil means detect it from the content, with
	// the file extension as a tie-breaker.
	Format *Format
	// Reps names the seller's side (--rep): a speaker is a rep when one of
	// these matches their full name or first name, ignoring case. When
	// none matches, no one is the seller: the user said who sells, and it
	// is nobody on this call.
	Reps []string
	// Sellers are the team's sellers (the rubric's list), matched the same
	// way; when none is on the call, labels and the guess decide.
	Sellers []string
	// RepLabels and CustomerLabels override the speaker labels that say a
	// role outright (DefaultRepLabels, DefaultCustomerLabels).
	RepLabels, CustomerLabels []string

	sourceRoles map[string]transcript.Role // roles the file itself gives, by speaker
}

// A ReadError is a problem with an input file, at a line when there is one.
// It prints as "file:line: what is wrong".
type ReadError struct {
	File string
	Line int // 0 when the problem has no one line
	Msg  string
}

func (e *ReadError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Read reads a transcript from r. name is used in messages and as a format
// hint (its extension); it need not exist on disk.
func Read(name string, r io.Reader, opts ReadOptions) (*transcript.Transcript, error) {
	var buf bytes.Buffer
	if f, ok := r.(interface{ Stat() (fs.FileInfo, error) }); ok {
		// A file's size is known: read it into one buffer of that size
		// rather than growing one.
		if info, err := f.Stat(); err == nil && info.Mode().IsRegular() && info.Size() <= MaxFileSize {
			buf.Grow(int(info.Size()) + bytes.MinRead)
		}
	}
	_, err := buf.ReadFrom(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, &ReadError{File: name, Msg: err.Error()}
	}
	data := buf.Bytes()
	if len(data) > MaxFileSize {
		return nil, &ReadError{File: name, Msg: fmt.Sprintf("file is larger than %d MiB: not a transcript", MaxFileSize>>20)}
	}
	return Parse(name, data, opts)
}

// Parse reads a transcript from its bytes (see Read).
func Parse(name string, data []byte, opts ReadOptions) (*transcript.Transcript, error) {
	t, err := parse(name, data, opts)
	if err != nil {
		return nil, wrapError(name, err)
	}
	return t, nil
}

// wrapError makes any error of reading a ReadError naming the file.
func wrapError(name string, err error) error {
	var le *lineError
	if errors.As(err, &le) {
		return &ReadError{File: name, Line: le.Line, Msg: le.Msg}
	}
	var re *ReadError
	if errors.As(err, &re) {
		return err
	}
	return &ReadError{File: name, Msg: err.Error()}
}

func parse(name string, data []byte, opts ReadOptions) (*transcript.Transcript, error) {
	text, notes, err := decodeText(data)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(text) == "" {
		return nil, errors.New("empty file")
	}
	format := opts.Format
	if format == nil {
		format, err = DetectFormat(name, text)
		if err != nil {
			return nil, err
		}
	}
	if format.family() != JSON {
		if err := checkLineLength(text); err != nil {
			return nil, err
		}
	}
	segs, format, more, err := format.family().read(text, format)
	notes = append(notes, more...)
	if err != nil {
		return nil, err
	}
	t, err := build(name, format, segs, opts)
	if err != nil {
		return nil, err
	}
	t.Notes = append(notes, t.Notes...)
	return t, nil
}

// DetectFormat names the format family of a transcript from its text (Text,
// WebVTT, SRT or JSON; their readers tell the members apart); the file
// name's extension decides only where the content is not distinctive.
func DetectFormat(name, text string) (*Format, error) {
	head := strings.TrimLeft(text, " \t\n\ufeff")
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case looksJSONObject(head) || looksJSONArray(head):
		return JSON, nil
	case strings.HasPrefix(head, "WEBVTT"):
		return WebVTT, nil
	case looksSRT(head):
		if ext == ".vtt" {
			return WebVTT, nil
		}
		return SRT, nil
	}
	switch ext {
	case ".json":
		return nil, errAt(1, "not JSON: a .json transcript must start with '{' (or '[' for an array of turns)")
	case ".vtt":
		return nil, errAt(1, "not WebVTT: no WEBVTT header and no cue timings")
	case ".srt":
		return nil, errAt(1, "not SRT: no cue timings (00:00:01,000 --> 00:00:02,000)")
	}
	return Text, nil
}

// looksJSONObject tells a JSON object from text that opens with a brace
// ("{laughs} okay"): a key or the closing brace must follow.
func looksJSONObject(head string) bool {
	if !strings.HasPrefix(head, "{") {
		return false
	}
	rest := strings.TrimLeft(head[1:], " \t\n")
	return rest == "" || rest[0] == '"' || rest[0] == '}'
}

// looksJSONArray tells a JSON array ("[{", "[]") from a line that opens
// with a bracketed time ("[00:00:01] Name: text").
func looksJSONArray(head string) bool {
	if !strings.HasPrefix(head, "[") {
		return false
	}
	rest := strings.TrimLeft(head[1:], " \t\n")
	return rest != "" && strings.IndexByte("{[]", rest[0]) >= 0
}

// looksSRT reports whether text opens like a subtitle file: a cue timing
// line first, or a cue number and then (after any blank lines) a timing
// line. A timing line must start with a time: "click Settings --> Billing"
// is speech.
func looksSRT(head string) bool {
	first, rest, _ := strings.Cut(head, "\n")
	if timingShaped(first) {
		return true
	}
	first = strings.TrimSpace(first)
	if first == "" || strings.Trim(first, "0123456789") != "" {
		return false
	}
	for _, l := range strings.SplitN(rest, "\n", 8) {
		if l = strings.TrimSpace(l); l != "" {
			return timingShaped(l)
		}
	}
	return false
}

func checkLineLength(text string) error {
	line := 1
	for len(text) > 0 {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			i = len(text)
		}
		if i > MaxLineLength {
			return errAt(line, "line is %d bytes long (the limit is %d MiB): not a transcript", i, MaxLineLength>>20)
		}
		if i == len(text) {
			break
		}
		text = text[i+1:]
		line++
	}
	return nil
}

// An Utterance is what a reader gives the builder: one cue, one line, one
// ASR segment. Consecutive utterances of one speaker become one Turn.
type Utterance struct {
	Speaker  string // "" continues the previous speaker (or "Unknown" at the start)
	Start    time.Duration
	End      time.Duration
	HasStart bool
	HasEnd   bool
	Line     int    // 1-based source line, 0 when the source has no lines (JSON)
	Text     string // the spoken words, markup already removed
	// Role, when the source says it (the generic JSON's "role"), decides
	// the speaker's role before any label or guess.
	Role transcript.Role
}

// UnknownSpeaker names the speaker of text that has no speaker label.
const UnknownSpeaker = "Unknown"

// Build makes a Transcript from utterances that a program already has (a
// database's rows, a vendor's API), as the readers do from a file: it merges
// consecutive utterances of one speaker into turns, settles timing, assigns
// roles and splits sentences. format is what the transcript says it was read
// as.
func Build(name string, format *Format, utterances []Utterance, opts ReadOptions) (*transcript.Transcript, error) {
	t, err := build(name, format, utterances, opts)
	if err != nil {
		return nil, wrapError(name, err)
	}
	return t, nil
}

// build turns segments into a Transcript: it merges consecutive segments of
// one speaker into turns, settles timing, assigns roles and splits sentences.
func build(name string, format *Format, segs []Utterance, opts ReadOptions) (*transcript.Transcript, error) {
	t := &transcript.Transcript{Name: name, Format: format.Name}
	// A segment without words ("[music]", "(crosstalk)") is not speech.
	segs = slices.DeleteFunc(segs, func(s Utterance) bool {
		return !transcript.HasWord(s.Text)
	})
	if len(segs) == 0 {
		return nil, errors.New("no speech found: no turns with words")
	}
	t.Timing = segmentTiming(segs)
	if t.Timing == transcript.TimingNone && slices.ContainsFunc(segs, func(s Utterance) bool { return s.HasStart }) {
		t.Notes = append(t.Notes, "times on only some lines: read as untimed")
		for i := range segs { // so that no turn or sentence claims a time
			segs[i].Start, segs[i].End, segs[i].HasStart, segs[i].HasEnd = 0, 0, false, false
		}
	}
	if t.Timing != transcript.TimingNone {
		for _, s := range segs {
			if s.HasEnd && s.End < s.Start {
				return nil, errAt(s.Line, "ends (%s) before it starts (%s)", fmtDur(s.End), fmtDur(s.Start))
			}
		}
		if !slices.IsSortedFunc(segs, func(a, b Utterance) int { return compareDur(a.Start, b.Start) }) {
			slices.SortStableFunc(segs, func(a, b Utterance) int { return compareDur(a.Start, b.Start) })
			t.Notes = append(t.Notes, "cues out of time order: sorted by start time")
		}
	}

	// The turns and their first cues are allocated once, at their number:
	// a file of millions of one-line turns would otherwise hold a grown
	// slice's slack and a small allocation per turn.
	nTurns, speaker := 0, UnknownSpeaker
	for i := range segs {
		prev := speaker
		if segs[i].Speaker != "" {
			speaker = segs[i].Speaker
		}
		if i == 0 || speaker != prev {
			nTurns++
		}
	}
	t.Turns = make([]transcript.Turn, 0, nTurns)
	firstCues := make([]transcript.Cue, nTurns)
	speaker = UnknownSpeaker
	// breaks[i] are the offsets in turn i's text where a plain-text line
	// restates the speaker's label: a new utterance, which no sentence
	// crosses (subtitle and JSON cues split sentences by time, so theirs
	// do not count). Few turns have any.
	breaks := map[int][]int{}
	// The open turn's text is built up cue by cue; a turn of many cues
	// (an hour of one speaker) must not be copied once per cue.
	var text strings.Builder
	closeTurn := func() {
		if n := len(t.Turns); n > 0 {
			t.Turns[n-1].Text = text.String()
		}
		text.Reset()
	}
	for _, s := range segs {
		if s.Speaker != "" {
			speaker = s.Speaker
		}
		if n := len(t.Turns); n > 0 && t.Turns[n-1].Speaker == speaker {
			turn := &t.Turns[n-1]
			text.WriteByte(' ')
			if format == Text && s.Speaker != "" {
				breaks[n-1] = append(breaks[n-1], text.Len())
			}
			turn.Cues = append(turn.Cues, transcript.Cue{Start: s.Start, End: s.End, HasEnd: s.HasEnd, Line: s.Line, Offset: text.Len()})
			appendCollapsed(&text, s.Text)
			if s.End > turn.End {
				turn.End = s.End
			}
			continue
		}
		closeTurn()
		appendCollapsed(&text, s.Text)
		n := len(t.Turns)
		var cues []transcript.Cue
		if n < len(firstCues) {
			cues = firstCues[n : n+1 : n+1] // a second cue reallocates
		} else {
			cues = make([]transcript.Cue, 1)
		}
		cues[0] = transcript.Cue{Start: s.Start, End: s.End, HasEnd: s.HasEnd, Line: s.Line}
		t.Turns = append(t.Turns, transcript.Turn{
			Speaker: speaker,
			Start:   s.Start,
			End:     s.End,
			Line:    s.Line,
			Cues:    cues,
		})
	}
	closeTurn()
	if t.Timing == transcript.TimingStarts {
		deriveEnds(t)
	}
	if t.Timing != transcript.TimingNone {
		t.Start = t.Turns[0].Start
		for _, turn := range t.Turns {
			t.End = max(t.End, turn.End)
		}
	}
	for i := range t.Turns {
		if t.Speaker(t.Turns[i].Speaker) == nil {
			t.Speakers = append(t.Speakers, transcript.Speaker{Name: t.Turns[i].Speaker})
		}
	}
	sourceRoles := make(map[string]transcript.Role)
	speaker = UnknownSpeaker
	for _, s := range segs {
		if s.Speaker != "" {
			speaker = s.Speaker
		}
		if _, ok := sourceRoles[speaker]; !ok && s.Role != transcript.RoleUnknown {
			sourceRoles[speaker] = s.Role
		}
	}
	opts.sourceRoles = sourceRoles
	t.Notes = append(t.Notes, AssignRoles(t, opts)...)
	for i := range t.Turns {
		splitTurn(&t.Turns[i], breaks[i])
	}
	return t, nil
}

func segmentTiming(segs []Utterance) transcript.Timing {
	starts, ends := true, true
	for _, s := range segs {
		starts = starts && s.HasStart
		ends = ends && s.HasEnd
	}
	switch {
	case starts && ends:
		return transcript.TimingFull
	case starts:
		return transcript.TimingStarts
	}
	return transcript.TimingNone
}

// deriveEnds sets the ends a TimingStarts source does not give: a cue ends
// where the next cue starts, the last one after its words at 150 words a
// minute.
func deriveEnds(t *transcript.Transcript) {
	for i := range t.Turns {
		turn := &t.Turns[i]
		for j := range turn.Cues {
			c := &turn.Cues[j]
			switch {
			case j+1 < len(turn.Cues):
				c.End = turn.Cues[j+1].Start
			case i+1 < len(t.Turns):
				c.End = t.Turns[i+1].Start
			default:
				c.End = c.Start + speechTime(transcript.CountWords(turn.Text[c.Offset:]))
			}
			c.End = max(c.End, c.Start)
		}
		turn.End = turn.Cues[len(turn.Cues)-1].End
	}
}

// speechTime estimates how long n words take to say, at 150 words a minute.
func speechTime(n int) time.Duration {
	return time.Duration(n) * time.Minute / 150
}

// splitTurn fills a turn's sentences, which do not cross breaks (see
// segmentTurn), and gives each the line and start of the cue it begins in.
func splitTurn(turn *transcript.Turn, breaks []int) {
	turn.Sentences, turn.Unpunctuated = segmentTurn(turn.Text, breaks)
	c := 0
	for i := range turn.Sentences {
		s := &turn.Sentences[i]
		for c+1 < len(turn.Cues) && turn.Cues[c+1].Offset <= s.Offset {
			c++
		}
		s.Line = turn.Cues[c].Line
		s.Start = turn.Cues[c].Start
	}
}

// collapseSpace trims s and turns every run of white space into one space.
func collapseSpace(s string) string {
	clean := true
	prevSpace := true
	for i := 0; i < len(s) && clean; i++ {
		space := s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v' || s[i] >= utf8.RuneSelf
		clean = !space || s[i] == ' ' && !prevSpace
		prevSpace = space
	}
	if clean && !prevSpace {
		return s
	}
	var b strings.Builder
	appendCollapsed(&b, s)
	return b.String()
}

// appendCollapsed appends s to b trimmed, with every run of white space
// made one space. Runs of non-space bytes are copied whole: most of a
// transcript is words.
func appendCollapsed(b *strings.Builder, s string) {
	if collapsed(s) {
		b.WriteString(s)
		return
	}
	b.Grow(len(s))
	space := false // a space is pending: written before the next word
	start := b.Len()
	run := -1 // start of the current run of non-space bytes
	flush := func(end int) {
		if run < 0 {
			return
		}
		if space && b.Len() > start {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(s[run:end])
		run = -1
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				flush(i)
				space = true
			} else if run < 0 {
				run = i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			flush(i)
			space = true
		} else if run < 0 {
			run = i
		}
		i += size
	}
	flush(len(s))
}

// collapsed reports whether s is already as appendCollapsed would write it:
// ASCII, not empty, no white space but single spaces between words. Most
// cues are.
func collapsed(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' && (c != ' ' || prev == ' ') && asciiSpace[c] || c >= utf8.RuneSelf {
			return false
		}
		prev = c
	}
	return true
}

// asciiSpace marks the ASCII white space bytes.
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\r': true, '\f': true, '\v': true}

func compareDur(a, b time.Duration) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// fmtDur prints a duration as h:mm:ss.mmm or m:ss.mmm, as transcripts do.
func fmtDur(d time.Duration) string {
	ms := d.Milliseconds()
	neg := ""
	if ms < 0 {
		neg, ms = "-", -ms
	}
	h, m, s, f := ms/3600000, ms/60000%60, ms/1000%60, ms%1000
	if h > 0 {
		return fmt.Sprintf("%s%d:%02d:%02d.%03d", neg, h, m, s, f)
	}
	return fmt.Sprintf("%s%d:%02d.%03d", neg, m, s, f)
}
