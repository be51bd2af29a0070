package render

import (
	"math"
	"strconv"
	"time"
	"unicode/utf8"
)

// jsonw appends JSON with keys in the order written, which the schema
// documents, and numbers rounded to three decimals, so that output is the
// same bytes on every machine. It is small because the shapes are fixed.
type jsonw struct {
	b        []byte
	comma    []bool // per open object/array: an element was written
	afterKey bool   // a key was written; its value comes next
}

// pre writes the comma a value or key needs.
func (w *jsonw) pre() {
	if w.afterKey {
		w.afterKey = false
		return
	}
	if n := len(w.comma); n > 0 {
		if w.comma[n-1] {
			w.b = append(w.b, ',')
		}
		w.comma[n-1] = true
	}
}

func (w *jsonw) beginObject() { w.pre(); w.b = append(w.b, '{'); w.comma = append(w.comma, false) }
func (w *jsonw) endObject()   { w.comma = w.comma[:len(w.comma)-1]; w.b = append(w.b, '}') }
func (w *jsonw) beginArray()  { w.pre(); w.b = append(w.b, '['); w.comma = append(w.comma, false) }
func (w *jsonw) endArray()    { w.comma = w.comma[:len(w.comma)-1]; w.b = append(w.b, ']') }

func (w *jsonw) key(k string) {
	w.pre()
	w.b = appendJSONString(w.b, k)
	w.b = append(w.b, ':')
	w.afterKey = true
}

func (w *jsonw) str(s string)  { w.pre(); w.b = appendJSONString(w.b, s) }
func (w *jsonw) num(f float64) { w.pre(); w.b = appendJSONNumber(w.b, f) }
func (w *jsonw) int(n int)     { w.pre(); w.b = strconv.AppendInt(w.b, int64(n), 10) }
func (w *jsonw) bool(v bool)   { w.pre(); w.b = strconv.AppendBool(w.b, v) }
func (w *jsonw) null()         { w.pre(); w.b = append(w.b, "null"...) }

// line writes a 1-based source line, or null for none (0).
func (w *jsonw) line(n int) {
	if n > 0 {
		w.int(n)
		return
	}
	w.null()
}

// strOrNull writes "" as null.
func (w *jsonw) strOrNull(s string) {
	if s == "" {
		w.null()
		return
	}
	w.str(s)
}

// seconds writes a duration in seconds, or null when not known.
func (w *jsonw) seconds(d time.Duration, known bool) {
	if !known {
		w.null()
		return
	}
	w.num(d.Seconds())
}

func (w *jsonw) strings(list []string) {
	w.beginArray()
	for _, s := range list {
		w.str(s)
	}
	w.endArray()
}

func appendJSONNumber(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, "null"...)
	}
	f = math.Round(f*1000) / 1000
	if f == 0 {
		f = 0 // no "-0"
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string. Invalid UTF-8 cannot occur
// (readers decode everything), but is replaced anyway.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c < 0x20:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
}
