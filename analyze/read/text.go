package read

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/lastmile/lastmile/analyze/internal/english"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// The plain-text family: "Name: text" lines (optionally timed), Zoom's text
// export and Otter.ai's export. Which one a file is, is decided from its
// lines: the shape most of its header-like lines have wins.
//
// The speaker rule, documented in the README: a line "Label: text" (or
// "[Label]: text", or "[SPEAKER_00] text") starts a turn of speaker Label
// when Label
//   - is 1 to 4 words and at most 50 characters, starts with a letter, and
//     holds only letters, digits, spaces, "_", "-", "'", brackets and the
//     period of an initial or title ("Z. Victor Zhou", "Dr. Chen"), or is
//     several such parts joined by "|" ("Saulius Grigaitis | Grandine");
//   - is not a word that introduces a remark in running text (Note, PS, FYI,
//     Update, Example, Summary, Agenda, Reminder, Warning, Important, Tip,
//     Re, Subject, Action items, Next steps, Bottom line, Quote, Source...);
//   - and either labels at least two lines of the file, or is written like
//     a name: every word capitalised ("Dana", "Speaker 1", "SPEAKER_00"), or
//     is a diarization label: a word and a number ("speaker 2", "spk_1").
// Any other line continues the current turn. So "Note: the price is..." on
// its own line stays inside the turn, and so does "the thing is: we...".

type textLine struct {
	kind    lineKind
	speaker string
	start   time.Duration
	timed   bool
	text    string
	line    string // the line without its leading time: the speech, if the label is not a speaker
}

type lineKind uint8

const (
	lineText   lineKind = iota // speech continuing the current turn
	lineBlank                  // nothing
	lineLabel                  // "Name: text", maybe timed
	lineHeader                 // a Zoom or Otter header: a speaker and a time, no text
	lineSkip                   // not speech ("Transcribed by https://otter.ai")
)

// The plain-text family and its members.
var (
	Text     = &Format{Name: "text", Aliases: []string{"txt", "plain"}, Title: "plain text", Ext: ".txt"}
	ZoomText = &Format{Name: "zoom-text", Aliases: []string{"zoom"}, Title: "Zoom text", Family: Text}
	Otter    = &Format{Name: "otter", Title: "Otter text", Family: Text}
)

func init() { Text.read = readText } // readText names the formats: set here to break the cycle

// readText reads the plain-text family. want is Text, ZoomText or Otter as
// asked; Text also detects the other two.
func readText(text string, want *Format) ([]Utterance, *Format, []string, error) {
	lines := strings.Split(text, "\n")
	format := want
	if want == Text {
		format = sniffTextFamily(lines)
	}
	if format == ZoomText || format == Otter {
		segs, err := readHeadered(lines, format)
		return segs, format, nil, err
	}
	segs, notes, err := readLabelled(lines)
	return segs, Text, notes, err
}

// sniffTextFamily counts header-shaped lines of each kind in the first
// 400 lines.
func sniffTextFamily(lines []string) *Format {
	var zoom, otter, label int
	for i, l := range lines {
		if i == 400 {
			break
		}
		l = strings.TrimSpace(l)
		if _, _, ok, _ := zoomHeader(l); ok {
			zoom++
			continue
		}
		if _, _, ok, _ := otterHeader(l, true); ok {
			otter++
			continue
		}
		if _, _, ok := splitLabel(l); ok {
			label++
		}
	}
	switch {
	case zoom > 0 && zoom >= label:
		return ZoomText
	case otter > 0 && otter >= label:
		return Otter
	}
	return Text
}

// zoomHeader parses "[Dana Whitfield] 00:01:23". A header shaped so but
// with an impossible time ("00:61:00") is an error.
func zoomHeader(l string) (string, time.Duration, bool, error) {
	if !strings.HasPrefix(l, "[") {
		return "", 0, false, nil
	}
	end := strings.IndexByte(l, ']')
	if end < 2 {
		return "", 0, false, nil
	}
	name := strings.TrimSpace(l[1:end])
	d, ok, err := parseClock(strings.TrimSpace(l[end+1:]))
	if !ok || name == "" {
		return "", 0, false, nil
	}
	return name, d, err == nil, err
}

// otterHeader parses "Dana Whitfield  0:03" (two or more spaces before the
// time; one space is enough when loose, inside a file known to be Otter's).
// A header shaped so but with an impossible time ("0:75") is an error.
func otterHeader(l string, strict bool) (string, time.Duration, bool, error) {
	i := strings.LastIndexByte(l, ' ')
	if i < 1 {
		return "", 0, false, nil
	}
	d, ok, err := parseClock(l[i+1:])
	if !ok {
		return "", 0, false, nil
	}
	name := strings.TrimRight(l[:i], " \t")
	if strict && len(name) > i-1 {
		return "", 0, false, nil
	}
	if !nameLike(name, 6) {
		return "", 0, false, nil
	}
	return name, d, err == nil, err
}

// readHeadered reads Zoom text and Otter exports: a header line with the
// speaker and the time, then the paragraph.
func readHeadered(lines []string, format *Format) ([]Utterance, error) {
	var segs []Utterance
	cur := -1
	for i, raw := range lines {
		l := strings.TrimSpace(raw)
		if l == "" {
			continue
		}
		if format == Otter && isOtterFooter(l) {
			continue
		}
		var name string
		var d time.Duration
		var ok bool
		var err error
		if format == ZoomText {
			name, d, ok, err = zoomHeader(l)
		} else {
			name, d, ok, err = otterHeader(l, false)
		}
		if err != nil {
			return nil, errAt(i+1, "%s", err.Error())
		}
		if ok {
			segs = append(segs, Utterance{Speaker: name, Start: d, HasStart: true, Line: i + 1})
			cur = len(segs) - 1
			continue
		}
		if cur < 0 {
			// Text before the first header: keep it, unattributed.
			segs = append(segs, Utterance{Line: i + 1, Text: l})
			cur = len(segs) - 1
			continue
		}
		if segs[cur].Text == "" {
			segs[cur].Text = l
		} else {
			segs = append(segs, Utterance{Start: segs[cur].Start, HasStart: segs[cur].HasStart, Line: i + 1, Text: l})
			cur = len(segs) - 1
		}
	}
	return segs, nil
}

// isOtterFooter reports whether a line is Otter's "Transcribed by
// https://otter.ai" footer, in any case. It runs on every line: it looks at
// the line's start only, without lower-casing the line.
func isOtterFooter(l string) bool {
	return hasPrefixFold(l, "transcribed by https://otter.ai") || hasPrefixFold(l, "transcribed by otter")
}

// hasPrefixFold is strings.HasPrefix ignoring case, for a lower-case ASCII
// prefix.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// readLabelled reads "Name: text" lines with optional times.
func readLabelled(lines []string) ([]Utterance, []string, error) {
	parsed := make([]textLine, len(lines))
	counts := make(map[string]int)
	for i, raw := range lines {
		tl, err := parseTextLine(raw)
		if err != nil {
			return nil, nil, errAt(i+1, "%s", err.Error())
		}
		parsed[i] = tl
		if tl.kind == lineLabel {
			counts[tl.speaker]++
		}
	}
	isSpeaker := func(tl textLine) bool {
		return tl.kind == lineLabel && (counts[tl.speaker] >= 2 || capitalised(tl.speaker) || numbered(tl.speaker))
	}
	// Untimed lines before the first speaker of a file that has speakers
	// are a title or a header ("Discovery call with Acme, May 3"), not
	// speech by an Unknown speaker who would then be guessed the seller.
	first := slices.IndexFunc(parsed, isSpeaker)
	var notes []string
	var segs []Utterance
	var last *Utterance
	for i, tl := range parsed {
		if i < first && tl.kind != lineBlank && !tl.timed {
			notes = append(notes, fmt.Sprintf("line %d, before the first speaker, is not read as speech: %q", i+1, transcript.Excerpt(tl.line, 60)))
			continue
		}
		switch tl.kind {
		case lineBlank, lineSkip:
			continue
		case lineLabel:
			if isSpeaker(tl) {
				segs = append(segs, Utterance{Speaker: tl.speaker, Start: tl.start, HasStart: tl.timed, Line: i + 1, Text: tl.text})
				last = &segs[len(segs)-1]
				continue
			}
			// Not a speaker after all: the whole line is speech.
			tl.text = tl.line
		}
		seg := Utterance{Line: i + 1, Text: tl.text, Start: tl.start, HasStart: tl.timed}
		if last != nil && !tl.timed {
			// A continuation line shares its turn's time.
			seg.Start, seg.HasStart = last.Start, last.HasStart
		}
		segs = append(segs, seg)
		last = &segs[len(segs)-1]
	}
	return segs, notes, nil
}

// parseTextLine classifies one line of a "Name: text" file.
func parseTextLine(raw string) (textLine, error) {
	l := strings.TrimSpace(raw)
	if l == "" {
		return textLine{kind: lineBlank}, nil
	}
	var tl textLine
	// A leading time: "[00:01:23]", "(01:23)", "00:01:23".
	if d, rest, ok, err := leadingTime(l); err != nil {
		return tl, err
	} else if ok {
		tl.start, tl.timed = d, true
		l = rest
	}
	tl.line = l
	if strings.HasPrefix(l, "[") {
		// "[Dana]: text", "[SPEAKER_00] text", as subtitles write them.
		if name, rest, ok := cueLabel(l); ok {
			tl.kind, tl.speaker, tl.text = lineLabel, name, rest
			return tl, nil
		}
	}
	label, text, ok := splitLabel(l)
	if !ok {
		tl.kind, tl.text = lineText, l
		return tl, nil
	}
	// A time after the name: "Dana (00:01:23): text", "Dana [01:23]: text".
	if strings.HasSuffix(label, ")") || strings.HasSuffix(label, "]") {
		if j := strings.LastIndexAny(label, "(["); j > 0 {
			d, ok, err := parseClock(strings.TrimSpace(label[j+1 : len(label)-1]))
			if err != nil {
				return tl, err
			}
			if ok {
				tl.start, tl.timed = d, true
				label = strings.TrimSpace(label[:j])
			}
		}
	}
	if !labelShape(label) {
		tl.kind, tl.text = lineText, l
		return tl, nil
	}
	tl.kind, tl.speaker, tl.text = lineLabel, label, text
	return tl, nil
}

// leadingTime strips a time at the start of a line.
func leadingTime(l string) (time.Duration, string, bool, error) {
	var inner, rest string
	switch {
	case strings.HasPrefix(l, "["), strings.HasPrefix(l, "("):
		closer := byte(']')
		if l[0] == '(' {
			closer = ')'
		}
		end := strings.IndexByte(l, closer)
		if end < 0 {
			return 0, l, false, nil
		}
		inner, rest = strings.TrimSpace(l[1:end]), l[end+1:]
	case l[0] >= '0' && l[0] <= '9':
		// A bare time counts only before a speaker label ("00:01:23 Dana:
		// hi"): "3:30 works for me" on a line of its own is speech.
		end := strings.IndexAny(l, " \t")
		if end < 0 {
			return 0, l, false, nil
		}
		if _, _, ok := splitLabel(strings.TrimLeft(l[end:], " \t-–—|")); !ok {
			return 0, l, false, nil
		}
		inner, rest = l[:end], l[end:]
	default:
		return 0, l, false, nil
	}
	d, ok, err := parseClock(inner)
	if err != nil || !ok {
		return 0, l, false, err
	}
	rest = strings.TrimLeft(rest, " \t-–—|")
	return d, rest, true, nil
}

// splitLabel splits "Label: text" at the first colon that is followed by a
// space or the end of the line and is not inside brackets (so the time in
// "Dana (00:01:23): text" stays in the label).
func splitLabel(l string) (label, text string, ok bool) {
	depth := 0
	for i := 0; i < len(l) && i <= 60; i++ {
		switch l[i] {
		case '(', '[':
			depth++
		case ')', ']':
			depth--
		case ':':
			if depth > 0 {
				continue
			}
			if i == 0 || i+1 < len(l) && l[i+1] != ' ' && l[i+1] != '\t' {
				return "", "", false
			}
			return strings.TrimSpace(l[:i]), strings.TrimSpace(l[i+1:]), true
		}
	}
	return "", "", false
}

// nameLike reports whether s can be a speaker name of at most maxWords words.
func nameLike(s string, maxWords int) bool {
	if s == "" || len(s) > 50 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) {
		return false
	}
	words := strings.Fields(s)
	if len(words) > maxWords {
		return false
	}
	for _, w := range words {
		for j, r := range w {
			switch {
			case unicode.IsLetter(r), unicode.IsDigit(r), r == '_', r == '-', r == '\'', r == '’', r == '(', r == ')', r == '[', r == ']', r == '@':
			case r == '.':
				// An initial or a title: "Z.", "Dr.", "Mrs.", "J.R."
				if j != len(w)-1 && !strings.Contains(w[j+1:], ".") || utf8.RuneCountInString(strings.ReplaceAll(w, ".", "")) > 3 {
					return false
				}
			default:
				return false
			}
		}
	}
	return true
}

// capitalised reports whether every word of a label starts with an upper
// case letter or a digit, as names do.
func capitalised(s string) bool {
	for _, w := range strings.Fields(s) {
		if strings.HasPrefix(w, "(") || strings.HasPrefix(w, "[") || w == "|" {
			continue // a handle or affiliation: "Z. Victor Zhou (xinbenlv)", "Sam | Acme"
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// numbered reports whether a label is a word and a number, as diarization
// labels are: "speaker 2", "spk_1", "Guest-3".
func numbered(s string) bool {
	i := strings.LastIndexAny(s, " _-")
	if i <= 0 || i == len(s)-1 {
		return false
	}
	for _, r := range s[i+1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return !strings.ContainsAny(s[:i], " _-")
}

// remarkWords introduce a remark in running text; they are never speakers.
var remarkWords = english.SetOf("note", "notes", "nb", "n.b.", "ps", "p.s.", "fyi", "update", "example", "e.g.", "i.e.", "summary",
	"agenda", "reminder", "warning", "important", "tip", "re", "subject", "action items", "action item", "next steps",
	"next step", "bottom line", "quote", "source", "translation", "edit", "caution", "disclaimer", "hint", "answer",
	"question", "result", "results", "conclusion", "step", "option", "todo", "to do", "price", "total", "date", "time",
	"location", "attendees", "participants", "topic", "title", "duration", "recording", "transcript", "meeting", "call")

func isRemarkWord(label string) bool {
	return remarkWords.Has(strings.ToLower(label))
}
