package read

import (
	"html"
	"strings"
	"time"
)

// What the WebVTT and SRT readers share: finding cues among the lines,
// reading cue timings, removing markup and finding speaker labels.
//
// The cue rules, documented in the README:
//   - a cue is a timing line "start --> end [settings]" and the text lines
//     after it, up to a blank line; the line just before the timing line
//     is the cue's identifier, never text (WebVTT: any text; SRT: a
//     number, and a line of digits with blank lines between it and the
//     timing line is one too);
//   - a missing blank line is tolerated: inside a cue's text, a line whose
//     part before "-->" is a time starts the next cue, and the line before
//     it is that cue's identifier when it is one word holding a digit (SRT:
//     only digits). Any other "-->" inside a cue's text is text;
//   - a block without a timing line is more text of the cue before it in
//     SRT (a blank line inside a cue's text), and skipped in WebVTT, as
//     its spec says (NOTE, STYLE, REGION and unknown blocks);
//   - a timing line that is not two well-formed times is an error at its
//     line; so is a cue that ends before it starts;
//   - a cue with no text is dropped, and so is a bad timing line that is
//     the file's last line: both are what a truncated file ends with.

// A cue is one subtitle cue as found in the file.
type cue struct {
	start, end time.Duration
	line       int      // 1-based line of the first text line; 0 when none
	text       []string // the text lines, trimmed, markup not yet removed
}

// A cueDialect says how the two formats differ in their block structure.
type cueDialect struct {
	// isID reports whether a text line directly before a timing line is
	// the next cue's identifier rather than the end of the previous text.
	isID func(l string) bool
	// keepStray says what to do with a block that has no timing line:
	// SRT keeps it as more text of the cue before (a blank line inside a
	// cue's text); WebVTT drops it, as its spec does (NOTE, STYLE, REGION
	// and unknown blocks).
	keepStray bool
	// skipBlock reports whether a block starting with l is not a cue
	// whatever follows (WebVTT's NOTE, STYLE and REGION).
	skipBlock func(l string) bool
}

// cueScanState is where scanCues is between lines.
type cueScanState uint8

const (
	betweenCues cueScanState = iota // after a blank line
	inCueText                       // collecting the last cue's text
	inSkipped                       // inside a block that is not a cue
)

// scanCues finds the cues in lines[from:].
func scanCues(lines []string, from int, d cueDialect) ([]cue, error) {
	var cues []cue
	state := betweenCues
	for i := from; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			state = betweenCues
			continue
		}
		timing := i
		switch state {
		case inCueText, inSkipped:
			next := ""
			if i+1 < len(lines) {
				next = strings.TrimSpace(lines[i+1])
			}
			switch {
			case timingShaped(l):
			case d.isID(l) && timingShaped(next):
				timing = i + 1
			default:
				if state == inCueText {
					c := &cues[len(cues)-1]
					if len(c.text) == 0 {
						c.line = i + 1
					}
					c.text = append(c.text, l)
				}
				continue
			}
		case betweenCues:
			switch {
			case strings.Contains(l, "-->"):
			case d.skipBlock != nil && d.skipBlock(l):
				state = inSkipped
				continue
			case i+1 < len(lines) && strings.Contains(lines[i+1], "-->") && (d.isID(l) || !d.keepStray):
				// An identifier: WebVTT allows any text; in SRT a line
				// that is not a number is more text of the cue before.
				timing = i + 1
			case isDigits(l) && timingAfterBlanks(lines, i+1):
				state = inSkipped // the blank lines end it; the timing line follows
				continue
			case d.keepStray && len(cues) > 0:
				state = inCueText
				i-- // read this line again as cue text
				continue
			default:
				state = inSkipped
				continue
			}
		}
		start, end, err := parseTiming(strings.TrimSpace(lines[timing]), timing+1)
		if err != nil {
			if blankFrom(lines, timing+1) {
				break // a file cut off in its last timing line
			}
			return nil, err
		}
		cues = append(cues, cue{start: start, end: end})
		state = inCueText
		i = timing
	}
	return cues, nil
}

// timingAfterBlanks reports whether the first non-blank line from lines[i]
// on is a timing line.
func timingAfterBlanks(lines []string, i int) bool {
	for ; i < len(lines); i++ {
		if l := strings.TrimSpace(lines[i]); l != "" {
			return strings.Contains(l, "-->")
		}
	}
	return false
}

// blankFrom reports whether lines[i:] are all blank.
func blankFrom(lines []string, i int) bool {
	for ; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "" {
			return false
		}
	}
	return true
}

// timingShaped reports whether l looks like a cue timing line: "-->" with a
// time before it. Inside cue text only such a line starts a new cue.
func timingShaped(l string) bool {
	before, _, ok := strings.Cut(l, "-->")
	if !ok {
		return false
	}
	_, ok, _ = parseClock(strings.TrimSpace(before))
	return ok
}

// parseTiming reads "00:01:02.500 --> 00:01:05.000 align:start": the two
// times, and nothing of the settings after them.
func parseTiming(l string, line int) (start, end time.Duration, err error) {
	before, after, _ := strings.Cut(l, "-->")
	before = strings.TrimSpace(before)
	after = strings.TrimSpace(after)
	if i := strings.IndexAny(after, " \t"); i >= 0 {
		after = after[:i] // settings or SRT coordinates follow the end time
	}
	if before == "" || after == "" {
		return 0, 0, errAt(line, "cue timing %q: want a start and an end, as in 00:00:01.000 --> 00:00:04.000", l)
	}
	if start, err = cueTime(before, line); err != nil {
		return 0, 0, err
	}
	if end, err = cueTime(after, line); err != nil {
		return 0, 0, err
	}
	if end < start {
		return 0, 0, errAt(line, "cue ends (%s) before it starts (%s)", fmtDur(end), fmtDur(start))
	}
	return start, end, nil
}

// cueTime reads one time of a cue timing: [hh:]mm:ss[.fff], with a comma or
// a period before the fraction, which may be short or missing.
func cueTime(s string, line int) (time.Duration, error) {
	d, ok, err := parseClock(s)
	if err != nil {
		return 0, errAt(line, "cue timing: %s", err.Error())
	}
	if !ok {
		return 0, errAt(line, "cue timing: %q is not a time (want 00:00:01.000)", s)
	}
	return d, nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// cleanCueText removes markup from cue text and decodes its character
// references; line breaks become spaces. Tags are removed before
// references are decoded, so "&lt;b&gt;" stays the text "<b>".
func cleanCueText(s string) string {
	if strings.ContainsAny(s, "<{") {
		s = stripTags(s)
	}
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	if strings.IndexByte(s, '\n') >= 0 {
		s = strings.ReplaceAll(s, "\n", " ")
	}
	return strings.TrimSpace(s)
}

// stripTags removes markup tags: HTML-like tags that start with a letter
// or "/" (<b>, </i>, <font color="red">, <c.yellow>, <lang en>, <ruby>),
// WebVTT's inline timestamps (<00:00:01.000>), ruby text with its tags
// (<rt>kan</rt>) and ASS override tags ({\an8}). A "<" or "{" that opens
// no tag on its line ("x < y", "I <3 it") is text.
func stripTags(s string) string {
	var b strings.Builder
	last := 0        // s[last:i] is text not yet written
	rtClosed := true // false once no "</rt>" is left: stop looking for it
	for i := 0; i < len(s); i++ {
		var end int
		switch s[i] {
		case '<':
			end = tagEnd(s, i)
			if end > 0 && rtClosed && isRubyText(s[i+1:end-1]) {
				// Ruby text is a reading aid printed over the base text
				// (漢 over "kan"), not more words: drop it with its tags.
				if j := strings.Index(s[end:], "</rt>"); j >= 0 {
					end += j + len("</rt>")
				} else {
					rtClosed = false
				}
			}
		case '{':
			end = assTagEnd(s, i)
		default:
			continue
		}
		if end < 0 {
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:i])
		last = end
		i = end - 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// tagEnd returns the index just past the tag that opens at s[i] == '<', or
// -1 when no tag opens there.
func tagEnd(s string, i int) int {
	j := strings.IndexAny(s[i+1:], "<>\n")
	if j < 0 || s[i+1+j] != '>' {
		return -1
	}
	body := s[i+1 : i+1+j]
	if body == "" {
		return -1
	}
	c := body[0]
	switch {
	case c == '/' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
	case isDigit(c):
		if _, ok, _ := parseClock(body); !ok {
			return -1
		}
	default:
		return -1
	}
	return i + 2 + j
}

// isRubyText reports whether a tag's body opens WebVTT ruby text ("rt",
// "rt.class").
func isRubyText(body string) bool {
	rest, ok := strings.CutPrefix(body, "rt")
	return ok && (rest == "" || rest[0] == '.' || rest[0] == ' ' || rest[0] == '\t')
}

// assTagEnd returns the index just past the ASS override tag ("{\an8}")
// that opens at s[i] == '{', or -1.
func assTagEnd(s string, i int) int {
	if i+1 >= len(s) || s[i+1] != '\\' {
		return -1
	}
	j := strings.IndexAny(s[i+1:], "{}\n")
	if j < 0 || s[i+1+j] != '}' {
		return -1
	}
	return i + 2 + j
}

// The speaker label rule for cues, documented in the README: the first
// text line of a cue names its speaker when it opens with
//   - "Name: text" or "Name:" alone (the text then follows on the next
//     lines), where Name passes the plain-text rule's shape test (1 to 4
//     words, letters, digits, initials...; not a remark word like "Note");
//     a name may be several such parts joined by "|", as Zoom writes
//     "Saulius Grigaitis | Grandine";
//   - "[Name]: text", or "[SPEAKER_00] text" for the speaker ids of
//     diarizing tools (Speaker 1, SPEAKER_00, Speaker A);
//
// and the name is written like a name (every word capitalised), or labels
// at least two cues, or most of the file's cues have a label (a Zoom
// transcript, where "danceratopz:" and "nflaig:" are names). A cue without
// a label continues the previous cue's speaker.

// A labelCand is a cue whose first line may name its speaker.
type labelCand struct {
	seg    int    // index of the segment, whose Speaker holds the label
	prefix string // the label as written, put back when it is not a name
}

// cueLabel splits a speaker label off a cue's first line.
func cueLabel(l string) (name, rest string, ok bool) {
	if strings.HasPrefix(l, "[") {
		if end := strings.IndexByte(l, ']'); end > 1 {
			inner := strings.TrimSpace(l[1:end])
			after := l[end+1:]
			switch {
			case strings.HasPrefix(after, ":") && labelShape(inner):
				return inner, strings.TrimSpace(after[1:]), true
			case speakerID(inner) && (after == "" || after[0] == ' ' || after[0] == '\t'):
				return inner, strings.TrimSpace(after), true
			}
		}
	}
	name, rest, ok = splitLabel(l)
	if !ok || !labelShape(name) {
		return "", "", false
	}
	return name, rest, true
}

// labelShape reports whether a label is shaped like a speaker's name.
func labelShape(label string) bool {
	if isRemarkWord(label) {
		return false
	}
	for part := range strings.SplitSeq(label, "|") {
		part = strings.TrimSpace(part)
		if !nameLike(part, 4) || isRemarkWord(part) {
			return false
		}
	}
	return true
}

// speakerID reports whether s is a diarization speaker id: "SPEAKER_00",
// "Speaker 1", "speaker-A".
func speakerID(s string) bool {
	const word = "speaker"
	if len(s) <= len(word) || len(s) > len(word)+4 || !strings.EqualFold(s[:len(word)], word) {
		return false
	}
	id := s[len(word):]
	if id[0] == '_' || id[0] == ' ' || id[0] == '-' {
		id = id[1:]
	}
	if id == "" {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !isDigit(c) && !('A' <= c && c <= 'Z') && !('a' <= c && c <= 'z') {
			return false
		}
	}
	return true
}

// A cueSegmenter turns cues into segments, settling speaker labels once
// it has seen them all.
type cueSegmenter struct {
	segs       []Utterance
	cands      []labelCand
	considered int // cues that could have had a label
}

// addPlain adds a cue that has no voice tags: its text, with the speaker
// label of its first line when there is one.
func (b *cueSegmenter) addPlain(c cue) {
	if len(c.text) == 0 {
		return // a truncated cue
	}
	first := cleanCueText(c.text[0])
	rest := ""
	if len(c.text) > 1 {
		rest = cleanCueText(strings.Join(c.text[1:], "\n"))
	}
	seg := Utterance{Start: c.start, End: c.end, HasStart: true, HasEnd: true, Line: c.line}
	if first != "" {
		b.considered++
	}
	if name, after, ok := cueLabel(first); ok {
		seg.Speaker = name
		seg.Text = joinSpace(after, rest)
		b.cands = append(b.cands, labelCand{seg: len(b.segs), prefix: first[:len(first)-len(after)]})
		b.segs = append(b.segs, seg)
		return
	}
	seg.Text = joinSpace(first, rest)
	if seg.Text != "" {
		b.segs = append(b.segs, seg)
	}
}

// finish keeps the candidate labels that are names (see the rule above),
// turns the others back into text, and returns the segments.
func (b *cueSegmenter) finish() []Utterance {
	if len(b.cands) == 0 {
		return b.segs
	}
	labelledFile := 2*len(b.cands) > b.considered
	counts := make(map[string]int)
	for _, c := range b.cands {
		counts[b.segs[c.seg].Speaker]++
	}
	for _, c := range b.cands {
		s := &b.segs[c.seg]
		if labelledFile || counts[s.Speaker] >= 2 || capitalised(strings.ReplaceAll(s.Speaker, "|", " ")) {
			s.Speaker = collapseSpace(s.Speaker)
			continue
		}
		s.Speaker = ""
		s.Text = joinSpace(strings.TrimSpace(c.prefix), s.Text)
	}
	return b.segs
}

// joinSpace joins two pieces of text with a space, either may be empty.
func joinSpace(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " " + b
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// cueReader makes a subtitle reader a Format's reader.
func cueReader(read func(text string) ([]Utterance, error)) func(string, *Format) ([]Utterance, *Format, []string, error) {
	return func(text string, want *Format) ([]Utterance, *Format, []string, error) {
		segs, err := read(text)
		return segs, want, nil, err
	}
}
