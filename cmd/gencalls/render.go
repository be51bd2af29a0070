package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/lastmile/lastmile/analyze/read"
)

// A Format is a transcript file format the generator writes: a dialect of
// one of the formats lastmile reads (Zoom's and Teams' WebVTT, plain and
// timed text...), named as -formats takes it.
type Format struct {
	Name   string       // as -formats takes it
	Reads  *read.Format // what lastmile reads the file as
	Render func(dst []byte, c *Call) []byte
}

// Ext is the file's extension, without the dot: that of the format family
// lastmile reads it with.
func (f Format) Ext() string {
	fam := f.Reads
	if fam.Family != nil {
		fam = fam.Family
	}
	return strings.TrimPrefix(fam.Ext, ".")
}

// Formats lists every format, in the order files rotate through them.
var Formats = []Format{
	{"txt", read.Text, renderPlain},
	{"txt-times", read.Text, renderTimestamped},
	{"zoom-vtt", read.WebVTT, renderZoom},
	{"teams-vtt", read.WebVTT, renderTeams},
	{"srt", read.SRT, renderSRT},
	{"otter", read.Otter, renderOtter},
	{"json", read.Lastmile, renderGeneric},
	{"aws", read.AWS, renderAWS},
	{"deepgram", read.Deepgram, renderDeepgram},
	{"assemblyai", read.AssemblyAI, renderAssemblyAI},
	{"whisperx", read.WhisperX, renderWhisperX},
}

// formatAliases are the group names -formats also takes.
var formatAliases = map[string][]string{
	"vtt":   {"zoom-vtt", "teams-vtt"},
	"zoom":  {"zoom-vtt"},
	"teams": {"teams-vtt"},
	"otter": {"otter"},
	"text":  {"txt", "txt-times", "otter"},
}

// ParseFormats reads a -formats value: "all", or a comma-separated list of
// format names and aliases. The result keeps the order of Formats.
func ParseFormats(s string) ([]Format, error) {
	s = strings.TrimSpace(s)
	if s == "" || s == "all" {
		return Formats, nil
	}
	want := map[string]bool{}
	for _, name := range strings.Split(s, ",") {
		name = strings.ToLower(strings.TrimSpace(name))
		if names, ok := formatAliases[name]; ok {
			for _, n := range names {
				want[n] = true
			}
			continue
		}
		found := false
		for _, f := range Formats {
			if f.Name == name {
				want[name], found = true, true
			}
		}
		if !found {
			names := make([]string, len(Formats))
			for i, f := range Formats {
				names[i] = f.Name
			}
			return nil, fmt.Errorf("unknown format %q (want all, vtt, text, or some of: %s)", name, strings.Join(names, ", "))
		}
	}
	var out []Format
	for _, f := range Formats {
		if want[f.Name] {
			out = append(out, f)
		}
	}
	return out, nil
}

// maxCue is the longest a cue or segment may run: Zoom cuts at about 10 s.
const maxCue = 10000

// chunks splits a turn's words into cues of at most maxCue, preferring to
// cut after a sentence or a comma once a cue has run 3 s.
func chunks(ws []Word) [][]Word {
	var out [][]Word
	start, brk := 0, -1
	for i := range ws {
		if i > start && ws[i].End-ws[start].Start > maxCue {
			cut := i
			if brk >= start && brk+1 < i {
				cut = brk + 1
			}
			out = append(out, ws[start:cut])
			start, brk = cut, -1
		}
		if t := ws[i].Text; t != "" && strings.ContainsRune(".?!,", rune(t[len(t)-1])) && ws[i].End-ws[start].Start >= 3000 {
			brk = i
		}
	}
	return append(out, ws[start:])
}

// Time stamps.

func appendPad(b []byte, n int64, width int) []byte {
	var tmp [20]byte
	s := strconv.AppendInt(tmp[:0], n, 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// appendClock writes hh:mm:ss.mmm (sep '.') or hh:mm:ss,mmm (sep ',').
func appendClock(b []byte, ms int64, sep byte) []byte {
	b = appendPad(b, ms/3600000, 2)
	b = append(b, ':')
	b = appendPad(b, ms/60000%60, 2)
	b = append(b, ':')
	b = appendPad(b, ms/1000%60, 2)
	b = append(b, sep)
	return appendPad(b, ms%1000, 3)
}

// appendSec writes ms as seconds with up to three decimals, trailing zeros
// dropped down to minDec decimals: 1500 → "1.5", 80 → "0.08".
func appendSec(b []byte, ms int64, minDec int) []byte {
	b = strconv.AppendInt(b, ms/1000, 10)
	frac := ms % 1000
	digits := [3]byte{byte('0' + frac/100), byte('0' + frac/10%10), byte('0' + frac%10)}
	n := 3
	for n > minDec && digits[n-1] == '0' {
		n--
	}
	if n > 0 {
		b = append(b, '.')
		b = append(b, digits[:n]...)
	}
	return b
}

// appendJSONString writes s as a JSON string. The text is valid UTF-8, so
// only quotes, backslashes and control characters need escaping.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, fmt.Sprintf(`\u%04x`, c)...)
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// Word forms for the vendor formats.

// cleanWord drops a cut-off mark: "the --" → "the", "the—" → "the".
func cleanWord(s string) string {
	s = strings.TrimSuffix(s, " --")
	s = strings.TrimSuffix(s, "—")
	return strings.TrimSuffix(s, "...")
}

// splitPunct splits trailing punctuation off a word: "Yeah," → "Yeah", ",".
func splitPunct(s string) (word, punct string) {
	i := len(s)
	for i > 0 && strings.IndexByte(".,?!;:", s[i-1]) >= 0 {
		i--
	}
	if i == 0 {
		return s, ""
	}
	return s[:i], s[i:]
}

// bareWord is a word as an engine writes it without punctuation.
func bareWord(s string) string {
	w, _ := splitPunct(cleanWord(s))
	return strings.ToLower(w)
}

// confidence is a plausible recognition confidence for word k, in 1/10000,
// derived from the call's id so that it needs no random state.
func (c *Call) confidence(k int) int {
	x := uint64(c.ID[0])<<56 | uint64(c.ID[1])<<48 | uint64(c.ID[2])<<40 | uint64(c.ID[3])<<32 | uint64(k)
	x = splitmix(x)
	if x%20 == 0 {
		return 5500 + int(x>>8%3500)
	}
	return 8700 + int(x>>8%1300)
}

func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

func appendConf(b []byte, conf int, quoted bool) []byte {
	if quoted {
		b = append(b, '"')
	}
	b = append(b, '0', '.')
	b = appendPad(b, int64(conf), 4)
	if quoted {
		b = append(b, '"')
	}
	return b
}

// uuid formats 16 bytes as a UUID, the k-th variant of the call's id.
func (c *Call) uuid(k int) string {
	id := c.ID
	x := splitmix(uint64(k) ^ uint64(id[8])<<8 ^ uint64(id[9]))
	for i := 8; i < 16; i++ {
		id[i] ^= byte(x >> (8 * (i - 8)))
	}
	id[6] = id[6]&0x0f | 0x40
	id[8] = id[8]&0x3f | 0x80
	const hex = "0123456789abcdef"
	var b [36]byte
	j := 0
	for i, v := range id {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			b[j] = '-'
			j++
		}
		b[j], b[j+1] = hex[v>>4], hex[v&15]
		j += 2
	}
	return string(b[:])
}

// The text formats.

// renderPlain: "Name: text", one turn a line.
func renderPlain(b []byte, c *Call) []byte {
	for i := range c.Turns {
		t := &c.Turns[i]
		b = append(b, c.Label(t.Speaker)...)
		b = append(b, ": "...)
		b = appendWords(b, t.Words)
		b = append(b, '\n')
	}
	return b
}

func appendWords(b []byte, ws []Word) []byte {
	for i, w := range ws {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w.Text...)
	}
	return b
}

// renderTimestamped: "[hh:mm:ss] Name: text".
func renderTimestamped(b []byte, c *Call) []byte {
	for i := range c.Turns {
		t := &c.Turns[i]
		s := t.Start() / 1000
		b = append(b, '[')
		b = appendPad(b, s/3600, 2)
		b = append(b, ':')
		b = appendPad(b, s/60%60, 2)
		b = append(b, ':')
		b = appendPad(b, s%60, 2)
		b = append(b, "] "...)
		b = append(b, c.Label(t.Speaker)...)
		b = append(b, ": "...)
		b = appendWords(b, t.Words)
		b = append(b, '\n')
	}
	return b
}

// renderZoom: Zoom's WebVTT, CRLF line ends, numbered cues, "Name: text".
func renderZoom(b []byte, c *Call) []byte {
	b = append(b, "WEBVTT\r\n\r\n"...)
	n := 0
	for i := range c.Turns {
		t := &c.Turns[i]
		for _, ws := range chunks(t.Words) {
			n++
			b = strconv.AppendInt(b, int64(n), 10)
			b = append(b, "\r\n"...)
			b = appendClock(b, ws[0].Start, '.')
			b = append(b, " --> "...)
			b = appendClock(b, ws[len(ws)-1].End, '.')
			b = append(b, "\r\n"...)
			b = append(b, c.Label(t.Speaker)...)
			b = append(b, ": "...)
			b = appendWords(b, ws)
			b = append(b, "\r\n\r\n"...)
		}
	}
	return b
}

// renderTeams: Microsoft Teams' WebVTT, "guid/N-k" cue ids, <v Name>.
func renderTeams(b []byte, c *Call) []byte {
	guid := c.uuid(0)
	b = append(b, "WEBVTT\n\n"...)
	for i := range c.Turns {
		t := &c.Turns[i]
		for k, ws := range chunks(t.Words) {
			b = append(b, guid...)
			b = append(b, '/')
			b = strconv.AppendInt(b, int64(i+1), 10)
			b = append(b, '-')
			b = strconv.AppendInt(b, int64(k), 10)
			b = append(b, '\n')
			b = appendClock(b, ws[0].Start, '.')
			b = append(b, " --> "...)
			b = appendClock(b, ws[len(ws)-1].End, '.')
			b = append(b, "\n<v "...)
			b = append(b, c.Label(t.Speaker)...)
			b = append(b, '>')
			b = appendWords(b, ws)
			b = append(b, "</v>\n\n"...)
		}
	}
	return b
}

// renderSRT: SubRip, numbered cues, "Name: text".
func renderSRT(b []byte, c *Call) []byte {
	n := 0
	for i := range c.Turns {
		t := &c.Turns[i]
		for _, ws := range chunks(t.Words) {
			n++
			b = strconv.AppendInt(b, int64(n), 10)
			b = append(b, '\n')
			b = appendClock(b, ws[0].Start, ',')
			b = append(b, " --> "...)
			b = appendClock(b, ws[len(ws)-1].End, ',')
			b = append(b, '\n')
			b = append(b, c.Label(t.Speaker)...)
			b = append(b, ": "...)
			b = appendWords(b, ws)
			b = append(b, "\n\n"...)
		}
	}
	return b
}

// renderOtter: Otter.ai's export: "Name  m:ss", the paragraph, a blank line,
// and a last line naming Otter.
func renderOtter(b []byte, c *Call) []byte {
	for i := range c.Turns {
		t := &c.Turns[i]
		s := t.Start() / 1000
		b = append(b, c.Label(t.Speaker)...)
		b = append(b, "  "...)
		if s >= 3600 {
			b = strconv.AppendInt(b, s/3600, 10)
			b = append(b, ':')
			b = appendPad(b, s/60%60, 2)
		} else {
			b = strconv.AppendInt(b, s/60, 10)
		}
		b = append(b, ':')
		b = appendPad(b, s%60, 2)
		b = append(b, '\n')
		b = appendWords(b, t.Words)
		b = append(b, "\n\n"...)
	}
	return append(b, "Transcribed by https://otter.ai\n"...)
}

// The JSON formats.

// jsonLabel names speaker i in the generic JSON: the name, or "spk_N".
func (c *Call) jsonLabel(i int) string {
	if c.Punctuated {
		return c.Speakers[i].Name
	}
	return "spk_" + itoa(i)
}

// renderGeneric: lastmile's documented shape, pretty-printed:
// {"turns":[{"speaker","start","end","text"}]}, times in seconds.
func renderGeneric(b []byte, c *Call) []byte {
	b = append(b, "{\n  \"turns\": ["...)
	first := true
	for i := range c.Turns {
		t := &c.Turns[i]
		for _, ws := range chunks(t.Words) {
			if !first {
				b = append(b, ',')
			}
			first = false
			b = append(b, "\n    {\n      \"speaker\": "...)
			b = appendJSONString(b, c.jsonLabel(t.Speaker))
			b = append(b, ",\n      \"start\": "...)
			b = appendSec(b, ws[0].Start, 1)
			b = append(b, ",\n      \"end\": "...)
			b = appendSec(b, ws[len(ws)-1].End, 1)
			b = append(b, ",\n      \"text\": "...)
			b = appendJSONString(b, joinWords(ws))
			b = append(b, "\n    }"...)
		}
	}
	return append(b, "\n  ]\n}\n"...)
}

// renderAWS: an AWS Transcribe job result with speaker labels: segments
// with their items, and the items (words with times as strings,
// punctuation without times).
func renderAWS(b []byte, c *Call) []byte {
	b = append(b, "{\"jobName\": "...)
	b = appendJSONString(b, "gencalls-"+pad6(c.Index))
	b = append(b, ", \"accountId\": \"000000000000\",\n\"results\": {\n\"transcripts\": [{\"transcript\": \""...)
	first := true
	for i := range c.Turns {
		for _, w := range c.Turns[i].Words {
			word, punct := splitPunct(cleanWord(w.Text))
			if !first {
				b = append(b, ' ')
			}
			first = false
			b = appendJSONBody(b, word)
			b = appendJSONBody(b, punct[:min(1, len(punct))])
		}
	}
	b = append(b, "\"}],\n\"speaker_labels\": {\"speakers\": "...)
	b = strconv.AppendInt(b, int64(len(c.Speakers)), 10)
	b = append(b, ", \"segments\": ["...)
	for i := range c.Turns {
		t := &c.Turns[i]
		label := "spk_" + itoa(t.Speaker)
		for k, ws := range chunks(t.Words) {
			if i > 0 || k > 0 {
				b = append(b, ',')
			}
			b = append(b, "\n{\"start_time\":"...)
			b = appendAWSTime(b, ws[0].Start)
			b = append(b, ",\"speaker_label\":\""...)
			b = append(b, label...)
			b = append(b, "\",\"end_time\":"...)
			b = appendAWSTime(b, ws[len(ws)-1].End)
			b = append(b, ",\"items\":["...)
			for j, w := range ws {
				if j > 0 {
					b = append(b, ',')
				}
				b = append(b, "\n {\"start_time\":"...)
				b = appendAWSTime(b, w.Start)
				b = append(b, ",\"speaker_label\":\""...)
				b = append(b, label...)
				b = append(b, "\",\"end_time\":"...)
				b = appendAWSTime(b, w.End)
				b = append(b, '}')
			}
			b = append(b, "]}"...)
		}
	}
	b = append(b, "\n]},\n\"items\":["...)
	first, k := true, 0
	for i := range c.Turns {
		for _, w := range c.Turns[i].Words {
			word, punct := splitPunct(cleanWord(w.Text))
			if !first {
				b = append(b, ',')
			}
			first = false
			b = append(b, "\n{\"start_time\":"...)
			b = appendAWSTime(b, w.Start)
			b = append(b, ",\"end_time\":"...)
			b = appendAWSTime(b, w.End)
			b = append(b, ",\"alternatives\":[{\"confidence\":"...)
			b = appendConf(b, c.confidence(k), true)
			k++
			b = append(b, ",\"content\":"...)
			b = appendJSONString(b, word)
			b = append(b, "}],\"type\":\"pronunciation\"}"...)
			if punct != "" {
				b = append(b, ",\n{\"alternatives\":[{\"confidence\":\"0.0\",\"content\":"...)
				b = appendJSONString(b, punct[:1])
				b = append(b, "}],\"type\":\"punctuation\"}"...)
			}
		}
	}
	return append(b, "\n]\n},\n\"status\": \"COMPLETED\"\n}\n"...)
}

// appendJSONBody writes s escaped for the inside of a JSON string.
func appendJSONBody(b []byte, s string) []byte {
	n := len(b)
	b = appendJSONString(b, s)
	copy(b[n:], b[n+1:len(b)-1])
	return b[:len(b)-2]
}

func appendAWSTime(b []byte, ms int64) []byte {
	b = append(b, '"')
	b = appendSec(b, ms, 2)
	return append(b, '"')
}

func pad6(n int) string { return string(appendPad(nil, int64(n), 6)) }

// renderDeepgram: a Deepgram pre-recorded response with diarization and
// utterances: words carry speaker ints, and so do utterances.
func renderDeepgram(b []byte, c *Call) []byte {
	id := c.uuid(1)
	b = append(b, "{\"metadata\": {\"transaction_key\": \"deprecated\", \"request_id\": \""...)
	b = append(b, id...)
	b = append(b, "\", \"created\": \"2024-"...)
	b = appendPad(b, int64(1+c.ID[4]%12), 2)
	b = append(b, '-')
	b = appendPad(b, int64(1+c.ID[5]%28), 2)
	b = append(b, 'T')
	b = appendClock(b, int64(c.ID[6])%24*3600000+int64(c.ID[7])%60*60000+int64(c.ID[10])%60*1000+int64(c.ID[11])*3, '.')
	b = append(b, "Z\", \"duration\": "...)
	b = appendSec(b, c.Duration()+int64(c.ID[12])*4, 1)
	b = append(b, ", \"channels\": 1, \"models\": [\"nova-2-general\"]},\n\"results\": {\"channels\": [{\"alternatives\": [{\"transcript\": \""...)
	first := true
	for i := range c.Turns {
		for _, w := range c.Turns[i].Words {
			if !first {
				b = append(b, ' ')
			}
			first = false
			b = appendJSONBody(b, cleanWord(w.Text))
		}
	}
	b = append(b, "\", \"confidence\": 0.9874, \"words\": ["...)
	k := 0
	for i := range c.Turns {
		t := &c.Turns[i]
		for _, w := range t.Words {
			if k > 0 {
				b = append(b, ',')
			}
			b = append(b, '\n')
			b = c.appendDeepgramWord(b, w, t.Speaker, k)
			k++
		}
	}
	b = append(b, "\n]}]}],\n\"utterances\": ["...)
	k = 0
	n := 0
	for i := range c.Turns {
		t := &c.Turns[i]
		for _, ws := range chunks(t.Words) {
			if n > 0 {
				b = append(b, ',')
			}
			n++
			b = append(b, "\n{\"start\": "...)
			b = appendSec(b, ws[0].Start, 1)
			b = append(b, ", \"end\": "...)
			b = appendSec(b, ws[len(ws)-1].End, 1)
			b = append(b, ", \"confidence\": "...)
			b = appendConf(b, c.confidence(1_000_000+n), false)
			b = append(b, ", \"channel\": 0, \"transcript\": \""...)
			for j, w := range ws {
				if j > 0 {
					b = append(b, ' ')
				}
				b = appendJSONBody(b, cleanWord(w.Text))
			}
			b = append(b, "\", \"words\": ["...)
			for j, w := range ws {
				if j > 0 {
					b = append(b, ',')
				}
				b = append(b, '\n')
				b = c.appendDeepgramWord(b, w, t.Speaker, k)
				k++
			}
			b = append(b, "], \"speaker\": "...)
			b = strconv.AppendInt(b, int64(t.Speaker), 10)
			b = append(b, ", \"id\": \""...)
			b = append(b, c.uuid(2+n)...)
			b = append(b, "\"}"...)
		}
	}
	return append(b, "\n]}}\n"...)
}

func (c *Call) appendDeepgramWord(b []byte, w Word, speaker, k int) []byte {
	b = append(b, "{\"word\":"...)
	b = appendJSONString(b, bareWord(w.Text))
	b = append(b, ",\"start\":"...)
	b = appendSec(b, w.Start, 1)
	b = append(b, ",\"end\":"...)
	b = appendSec(b, w.End, 1)
	b = append(b, ",\"confidence\":"...)
	b = appendConf(b, c.confidence(k), false)
	b = append(b, ",\"speaker\":"...)
	b = strconv.AppendInt(b, int64(speaker), 10)
	if c.Punctuated {
		b = append(b, ",\"punctuated_word\":"...)
		b = appendJSONString(b, cleanWord(w.Text))
	}
	return append(b, '}')
}

// renderAssemblyAI: an AssemblyAI transcript with speaker labels:
// utterances with speaker letters, times in milliseconds.
func renderAssemblyAI(b []byte, c *Call) []byte {
	b = append(b, "{\"id\": \""...)
	b = append(b, c.uuid(1)...)
	b = append(b, "\", \"status\": \"completed\", \"language_code\": \"en_us\", \"audio_duration\": "...)
	b = strconv.AppendInt(b, (c.Duration()+999)/1000, 10)
	b = append(b, ", \"punctuate\": "...)
	b = strconv.AppendBool(b, c.Punctuated)
	b = append(b, ", \"format_text\": "...)
	b = strconv.AppendBool(b, c.Punctuated)
	b = append(b, ", \"speaker_labels\": true,\n\"text\": \""...)
	first := true
	for i := range c.Turns {
		for _, w := range c.Turns[i].Words {
			if !first {
				b = append(b, ' ')
			}
			first = false
			b = appendJSONBody(b, cleanWord(w.Text))
		}
	}
	b = append(b, "\",\n\"utterances\": ["...)
	k, n := 0, 0
	for i := range c.Turns {
		t := &c.Turns[i]
		spk := string(rune('A' + t.Speaker))
		for _, ws := range chunks(t.Words) {
			if n > 0 {
				b = append(b, ',')
			}
			n++
			b = append(b, "\n{\"speaker\": \""...)
			b = append(b, spk...)
			b = append(b, "\", \"start\": "...)
			b = strconv.AppendInt(b, ws[0].Start, 10)
			b = append(b, ", \"end\": "...)
			b = strconv.AppendInt(b, ws[len(ws)-1].End, 10)
			b = append(b, ", \"confidence\": "...)
			b = appendConf(b, c.confidence(1_000_000+n), false)
			b = append(b, ", \"text\": \""...)
			for j, w := range ws {
				if j > 0 {
					b = append(b, ' ')
				}
				b = appendJSONBody(b, cleanWord(w.Text))
			}
			b = append(b, "\", \"words\": ["...)
			for j, w := range ws {
				if j > 0 {
					b = append(b, ',')
				}
				b = append(b, "{\"text\":"...)
				b = appendJSONString(b, cleanWord(w.Text))
				b = append(b, ",\"start\":"...)
				b = strconv.AppendInt(b, w.Start, 10)
				b = append(b, ",\"end\":"...)
				b = strconv.AppendInt(b, w.End, 10)
				b = append(b, ",\"confidence\":"...)
				b = appendConf(b, c.confidence(k), false)
				k++
				b = append(b, ",\"speaker\":\""...)
				b = append(b, spk...)
				b = append(b, "\"}"...)
			}
			b = append(b, "]}"...)
		}
	}
	return append(b, "\n]}\n"...)
}

// renderWhisperX: WhisperX output after diarization: segments with a
// SPEAKER_NN label; text starts with a space, as Whisper writes it.
func renderWhisperX(b []byte, c *Call) []byte {
	b = append(b, "{\"segments\": ["...)
	n := 0
	for i := range c.Turns {
		t := &c.Turns[i]
		for _, ws := range chunks(t.Words) {
			if n > 0 {
				b = append(b, ',')
			}
			n++
			b = append(b, "\n  {\"start\": "...)
			b = appendSec(b, ws[0].Start, 1)
			b = append(b, ", \"end\": "...)
			b = appendSec(b, ws[len(ws)-1].End, 1)
			b = append(b, ", \"text\": "...)
			b = appendJSONString(b, " "+joinWords(ws))
			b = append(b, ", \"speaker\": \"SPEAKER_"...)
			b = appendPad(b, int64(t.Speaker), 2)
			b = append(b, "\"}"...)
		}
	}
	return append(b, "\n], \"language\": \"en\"}\n"...)
}
