package read

import (
	"errors"
	"fmt"
	"strings"

	"github.com/lastmile/lastmile/analyze/transcript"
)

// lmTurn is one turn of lastmile's documented JSON shape:
//
//	{"turns": [{"speaker": "Dana", "start": 1.5, "end": 4.0, "text": "...", "role": "rep"}]}
//
// Pointers tell a missing field from an empty one.
type lmTurn struct {
	Speaker *string  `json:"speaker"`
	Text    *string  `json:"text"`
	Start   *float64 `json:"start"`
	End     *float64 `json:"end"`
	Role    *string  `json:"role"`
}

// Lastmile is lastmile's own generic JSON: {"turns": [...]} or a bare
// array of turns.
var Lastmile = &Format{Name: "lastmile-json", Aliases: []string{"lastmile", "generic"}, Title: "lastmile JSON", Family: JSON,
	json: &jsonFlavour{
		example: `{"turns": [...]}`,
		detect:  func(d *jsonDoc) bool { return d.Turns != nil && (!d.array || looksLikeTurns(d.Turns)) },
		read:    (*jsonReader).lastmile,
	}}

func (r *jsonReader) lastmile() ([]Utterance, error) {
	turns := r.doc.Turns
	array, path := "turns", []string{"turns", "*"}
	if r.doc.array {
		array, path = "", []string{"*"}
	} else if turns == nil {
		return nil, notFlavour(r.format, `"turns" array`)
	}
	lines := r.lines(len(turns), path...)
	segs := make([]Utterance, 0, len(turns))
	for i, t := range turns {
		elem, line := elemName(array, i), lines.at(i)
		seg, err := t.segment()
		if err != nil {
			return nil, elemError(line, elem, err)
		}
		if i > 0 {
			if err := sameTiming(seg, segs[0], elemName(array, 0)); err != nil {
				return nil, elemError(line, elem, err)
			}
		}
		seg.Line = line
		segs = append(segs, seg)
	}
	return segs, nil
}

func (t *lmTurn) segment() (Utterance, error) {
	var seg Utterance
	switch {
	case t.Speaker == nil:
		return seg, errors.New(`missing "speaker"`)
	case strings.TrimSpace(*t.Speaker) == "":
		return seg, errors.New(`"speaker" is empty`)
	case t.Text == nil:
		return seg, errors.New(`missing "text"`)
	}
	sp, err := spanOf(t.Start, t.End, 1, "start", "end")
	if err != nil {
		return seg, err
	}
	if sp.hasEnd && !sp.hasStart {
		return seg, errors.New(`has "end" but no "start"`)
	}
	seg = Utterance{
		Speaker: strings.TrimSpace(*t.Speaker), Text: *t.Text,
		Start: sp.start, End: sp.end, HasStart: sp.hasStart, HasEnd: sp.hasEnd,
	}
	if t.Role != nil {
		if seg.Role, err = parseSourceRole(*t.Role); err != nil {
			return seg, err
		}
	}
	return seg, nil
}

// sameTiming checks that a turn gives the same times as the first turn:
// a file with times on some turns only is a mistake worth reporting, not
// something to guess around.
func sameTiming(seg, first Utterance, firstName string) error {
	for _, f := range []struct {
		key         string
		this, first bool
	}{{"start", seg.HasStart, first.HasStart}, {"end", seg.HasEnd, first.HasEnd}} {
		switch {
		case f.this && !f.first:
			return fmt.Errorf("has %q but %s has none: give times on every turn or on none", f.key, firstName)
		case !f.this && f.first:
			return fmt.Errorf("no %q, but %s has one: give times on every turn or on none", f.key, firstName)
		}
	}
	return nil
}

// parseSourceRole reads the generic JSON's "role".
func parseSourceRole(s string) (transcript.Role, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "rep", "seller":
		return transcript.RoleRep, nil
	case "customer", "prospect":
		return transcript.RoleCustomer, nil
	case "":
		return transcript.RoleUnknown, nil
	}
	return transcript.RoleUnknown, fmt.Errorf(`"role" %q is not one of rep, seller, customer, prospect`, s)
}
