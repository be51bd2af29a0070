package read

import (
	"encoding/json"
	"strconv"
	"strings"
)

// A duplicate key in a JSON object ({"turns": [...], "turns": [...]}, or
// "speaker" and "Speaker", which encoding/json also puts in one field)
// makes encoding/json keep the last value and drop the others without a
// word: turns would vanish. The reader refuses such a file, naming the key,
// where it is and its line.

// dupKey is a duplicate key found in a document.
type dupKey struct {
	path  string // where the object is: "turns[3]", "" for the top level
	key   string // the key as written the second time
	first string // the key as written the first time
	line  int    // the line of the second one
}

// findDuplicateKey scans text, valid JSON, for the first object that holds
// a key twice (ignoring case, as encoding/json matches keys to fields).
func findDuplicateKey(text string) *dupKey {
	d := dupScanner{jsonScanner: jsonScanner{s: text}}
	d.value()
	return d.found
}

type dupStep struct {
	key string // an object's key, or "" for an array element
	idx int
}

type dupScanner struct {
	jsonScanner
	path  []dupStep
	keys  [][]string // the keys of the objects being scanned, one slice a level, reused
	found *dupKey
}

func (d *dupScanner) value() {
	switch d.peek() {
	case '{':
		depth := len(d.path)
		for len(d.keys) <= depth {
			d.keys = append(d.keys, nil)
		}
		d.keys[depth] = d.keys[depth][:0]
		d.members(func(key string) bool {
			at := d.i
			name := jsonKey(key)
			for _, k := range d.keys[depth] {
				if strings.EqualFold(k, name) {
					d.found = &dupKey{path: d.pathString(), key: name, first: k, line: d.keyLine(at)}
					return false
				}
			}
			d.keys[depth] = append(d.keys[depth], name)
			d.path = append(d.path, dupStep{key: name})
			d.value()
			d.path = d.path[:len(d.path)-1]
			return d.found == nil
		})
	case '[':
		d.elements(func(i int) bool {
			d.path = append(d.path, dupStep{idx: i})
			d.value()
			d.path = d.path[:len(d.path)-1]
			return d.found == nil
		})
	default:
		d.skip()
	}
}

// keyLine is the line of the key whose value starts at offset at.
func (d *dupScanner) keyLine(at int) int {
	i := strings.LastIndexByte(d.s[:at], ':')
	return lineAt(d.s, max(i, 0))
}

func (d *dupScanner) pathString() string {
	var b strings.Builder
	for _, s := range d.path {
		if s.key != "" {
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(s.key)
		} else {
			b.WriteString("[" + strconv.Itoa(s.idx) + "]")
		}
	}
	return b.String()
}

// jsonKey decodes a key's raw text when it holds escapes.
func jsonKey(raw string) string {
	if !strings.Contains(raw, `\`) {
		return raw
	}
	var s string
	if json.Unmarshal([]byte(`"`+raw+`"`), &s) != nil {
		return raw
	}
	return s
}

func (k *dupKey) err() error {
	where := "the top-level object"
	if k.path != "" {
		where = k.path
	}
	same := ""
	if k.first != k.key {
		same = " (as " + strconv.Quote(k.first) + ": keys are matched ignoring case)"
	}
	return errAt(k.line, "%s: duplicate key %q%s: only the last would be read, so the file is refused", where, k.key, same)
}
