package read

import (
	"html"
	"strings"
)

// WebVTT, as Zoom, Microsoft Teams, Whisper and web players write it: a
// "WEBVTT" header line, header metadata up to the first blank line, then
// cues (see read_cues.go) among NOTE, STYLE and REGION blocks, which are
// skipped, as is any other block without a timing line. Times may lack
// the hours (Whisper writes 01:02.500) and may use a comma.
//
// Speakers: Teams writes voice tags, "<v Dana Whitfield>text</v>" (also
// "<v.loud Dana>", an unclosed "<v Dana>text", several voices in one cue:
// one segment each, with the cue's times); text outside any voice tag has
// no speaker. A cue without voice tags names its speaker by the cue label
// rule, as Zoom writes "Dana Whitfield: text". Other tags are removed and
// character references decoded, after the tags, so that "&lt;b&gt;" is
// the text "<b>".
//
// A file without the header is read all the same when it has cues (the
// format detector sends a headerless .vtt file only when it has timings).

// WebVTT: Zoom, Microsoft Teams and Whisper subtitles.
var WebVTT = &Format{Name: "webvtt", Aliases: []string{"vtt"}, Title: "WebVTT", Ext: ".vtt", read: cueReader(readVTT)}

var vttDialect = cueDialect{
	isID:      vttID,
	skipBlock: vttSkipBlock,
}

// readVTT reads a WebVTT file.
func readVTT(text string) ([]Utterance, error) {
	lines := strings.Split(text, "\n")
	from, header := vttBody(lines)
	cues, err := scanCues(lines, from, vttDialect)
	if err != nil {
		return nil, err
	}
	if len(cues) == 0 && !header {
		return nil, errAt(1, "not WebVTT: no WEBVTT header and no cue timings")
	}
	var b cueSegmenter
	for _, c := range cues {
		joined := strings.Join(c.text, "\n")
		if voices, ok := splitVoices(joined); ok {
			b.segs = appendVoices(b.segs, c, joined, voices)
			continue
		}
		b.addPlain(c)
	}
	return b.finish(), nil
}

// vttBody returns the index of the first line after the header, and
// whether there is a header. The header's metadata ("Kind: captions",
// "Language: en") runs to the first blank line, or to a timing line when
// the blank line is missing.
func vttBody(lines []string) (int, bool) {
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i == len(lines) || !isVTTHeader(strings.TrimSpace(lines[i])) {
		return 0, false
	}
	for i++; i < len(lines); i++ {
		l := lines[i]
		if strings.TrimSpace(l) == "" || strings.Contains(l, "-->") {
			break
		}
	}
	return i, true
}

// isVTTHeader reports whether l is "WEBVTT", alone or followed by white
// space and a title.
func isVTTHeader(l string) bool {
	l = strings.TrimPrefix(l, "\ufeff")
	rest, ok := strings.CutPrefix(l, "WEBVTT")
	return ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t')
}

// vttSkipBlock reports whether a block starting with l is a comment, style
// sheet or region definition.
func vttSkipBlock(l string) bool {
	for _, kw := range [...]string{"NOTE", "STYLE", "REGION"} {
		if rest, ok := strings.CutPrefix(l, kw); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			return true
		}
	}
	return false
}

// vttID reports whether a text line just before a timing line, with no
// blank line between, is the next cue's identifier: one word with a digit
// in it ("12", "3f1c2a9e-7b1d-4c55-9d7e-2b8f0a6c1d44/12-0"). Speech is
// rarely that.
func vttID(l string) bool {
	return !strings.ContainsAny(l, " \t") && strings.ContainsAny(l, "0123456789")
}

// A voice is the text of one voice tag in a cue.
type voice struct {
	name string // "" for text outside any voice tag
	text string // raw, markup not yet removed
	off  int    // byte offset of text in the cue's text
}

// splitVoices splits a cue's text at its voice tags ("<v Name>", "</v>").
// It reports false when the cue has none.
func splitVoices(s string) ([]voice, bool) {
	if !strings.Contains(s, "<v") {
		return nil, false
	}
	var voices []voice
	name, from, found := "", 0, false
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			break
		}
		j += i
		end := tagEnd(s, j)
		if end < 0 {
			end = nestedVoiceEnd(s, j)
		}
		if end < 0 {
			i = j + 1
			continue
		}
		body := s[j+1 : end-1]
		open, isVoice := voiceTag(body)
		if !isVoice {
			i = end
			continue
		}
		found = true
		voices = append(voices, voice{name: name, text: s[from:j], off: from})
		name = ""
		if open {
			name = voiceName(body)
		}
		from, i = end, end
	}
	if !found {
		return nil, false
	}
	return append(voices, voice{name: name, text: s[from:], off: from}), true
}

// nestedVoiceEnd returns the end (past the '>') of a voice tag whose
// name holds other tags, "<v Rep <b>>", or -1. Such a name is not valid
// WebVTT, but some exporters write one; the inner tags are styling, and
// voiceName drops them.
func nestedVoiceEnd(s string, i int) int {
	rest := s[i+1:]
	if !strings.HasPrefix(rest, "v ") && !strings.HasPrefix(rest, "v\t") && !strings.HasPrefix(rest, "v.") {
		return -1
	}
	depth := 1
	for k := i + 1; k < len(s); k++ {
		switch s[k] {
		case '<':
			depth++
		case '>':
			if depth--; depth == 0 {
				return k + 1
			}
		case '\n':
			return -1
		}
	}
	return -1
}

// voiceTag reports whether a tag's body ("v Dana", "v.loud Dana", "/v") is
// a voice tag, and whether it opens one.
func voiceTag(body string) (open, ok bool) {
	if strings.TrimSpace(body) == "/v" {
		return false, true
	}
	if rest, found := strings.CutPrefix(body, "v"); found && (rest == "" || strings.IndexByte(" \t.", rest[0]) >= 0) {
		return true, true
	}
	return false, false
}

// voiceName returns the speaker of a voice tag's body: what follows the
// tag name and its classes ("v.loud.x Dana Whitfield" names Dana
// Whitfield), with references decoded.
func voiceName(body string) string {
	rest := body[1:]
	if i := strings.IndexAny(rest, " \t"); i >= 0 {
		rest = rest[i:]
	} else {
		rest = "" // "<v>" or "<v.loud>": no name
	}
	for { // tags inside the name ("<v Rep <b>>") are styling
		a := strings.IndexByte(rest, '<')
		if a < 0 {
			break
		}
		b := strings.IndexByte(rest[a:], '>')
		if b < 0 {
			break
		}
		rest = rest[:a] + " " + rest[a+b+1:]
	}
	name := collapseSpace(rest)
	if strings.IndexByte(name, '&') >= 0 {
		name = collapseSpace(html.UnescapeString(name)) // &nbsp; is white space to collapseSpace
	}
	return name
}

// appendVoices appends one segment for each voice of a cue, all with the
// cue's times, each at the line where its text starts. s is the cue's
// text, which the voices' offsets index.
func appendVoices(segs []Utterance, c cue, s string, voices []voice) []Utterance {
	line, counted := c.line, 0
	for _, v := range voices {
		text := cleanCueText(v.text)
		if text == "" {
			continue
		}
		at := v.off + len(v.text) - len(strings.TrimLeft(v.text, " \t\n"))
		line += strings.Count(s[counted:at], "\n")
		counted = at
		segs = append(segs, Utterance{Speaker: v.name, Start: c.start, End: c.end, HasStart: true, HasEnd: true, Line: line, Text: text})
	}
	return segs
}
