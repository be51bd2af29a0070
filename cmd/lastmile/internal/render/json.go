package render

import (
	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// The JSON schemas are documented in README.md; bump the version when a
// field changes meaning or goes away (adding fields is compatible).
const (
	callSchema  = "lastmile.call/1"
	batchSchema = "lastmile.batch/1"
)

// appendCallJSON appends one call's JSON object: a scored call with every
// metric, or a failed one with "error".
func appendCallJSON(b []byte, sc *analyze.Scorecard, sum *analyze.Summary) []byte {
	w := &jsonw{b: b}
	writeCallJSON(w, sc, sum)
	return w.b
}

// writeCallJSON writes one call's object as the next value of w.
func writeCallJSON(w *jsonw, sc *analyze.Scorecard, sum *analyze.Summary) {
	w.beginObject()
	w.key("schema")
	w.str(callSchema)
	w.key("file")
	w.str(sum.File)
	if sum.Err != nil {
		w.key("error")
		w.str(sum.Err.Error())
		w.endObject()
		return
	}
	t := sc.Transcript
	w.key("format")
	w.str(string(t.Format))
	w.key("timing")
	w.str(t.Timing.String())
	w.key("duration")
	w.seconds(t.Duration(), t.Timed())
	w.key("turns")
	w.int(len(t.Turns))
	w.key("seller")
	w.strOrNull(sum.Seller)
	w.key("seller_guessed")
	w.bool(sum.SellerGuessed)
	w.key("score")
	if sc.Scored {
		w.num(sc.Score)
	} else {
		w.null()
	}

	w.key("metrics")
	w.beginObject()
	for _, m := range sc.Metrics {
		def := sc.Rubric.MetricDef(m.Name)
		w.key(m.Name)
		w.beginObject()
		w.key("value")
		if m.NA != "" {
			w.null()
		} else {
			w.num(m.Value)
		}
		w.key("unit")
		w.str(string(def.Unit))
		w.key("status")
		w.str(string(m.Status))
		w.key("target")
		appendTargetJSON(w, sc.Rubric.Target(m.Name))
		w.key("detail")
		w.strOrNull(m.Detail)
		w.key("na")
		w.strOrNull(m.NA)
		w.endObject()
	}
	w.endObject()

	w.key("speakers")
	w.beginArray()
	for _, s := range t.Speakers {
		w.beginObject()
		appendSpeakerFields(w, s)
		w.key("metrics")
		w.beginObject()
		for _, m := range sc.SpeakerMetrics {
			if m.Speaker != s.Name {
				continue
			}
			w.key(m.Name)
			w.beginObject()
			w.key("value")
			w.num(m.Value)
			w.key("detail")
			w.strOrNull(m.Detail)
			w.endObject()
		}
		w.endObject()
		w.endObject()
	}
	w.endArray()

	w.key("findings")
	w.beginArray()
	for _, f := range sc.Findings {
		appendFindingJSON(w, f)
	}
	w.endArray()
	w.key("notes")
	w.strings(t.Notes)
	w.endObject()
}

// appendSpeakerFields writes a speaker's "name", "role" and "role_source".
func appendSpeakerFields(w *jsonw, s transcript.Speaker) {
	w.key("name")
	w.str(s.Name)
	w.key("role")
	w.str(s.Role.String())
	w.key("role_source")
	w.str(s.RoleFrom.String())
}

func appendTargetJSON(w *jsonw, t *analyze.Target) {
	if t == nil {
		w.null()
		return
	}
	w.beginObject()
	w.key("good")
	w.str(t.Good.String())
	w.key("fair")
	w.str(t.Fair.String())
	w.key("weight")
	w.num(t.Weight)
	w.endObject()
}

func appendFindingJSON(w *jsonw, f analyze.Finding) {
	w.beginObject()
	w.key("analyzer")
	w.str(f.Analyzer)
	w.key("kind")
	w.str(f.Kind)
	w.key("line")
	w.line(f.Line)
	w.key("start")
	w.seconds(f.Start, f.Timed && f.Ref.Turn >= 0)
	w.key("speaker")
	w.strOrNull(f.Speaker)
	w.key("message")
	w.str(f.Message)
	w.key("evidence")
	w.strOrNull(f.Evidence)
	w.endObject()
}

// appendRollupJSON appends the roll-up: "sellers" and "team".
func appendRollupJSON(w *jsonw, sellers []analyze.Rollup, team analyze.Rollup) {
	w.key("sellers")
	w.beginArray()
	for _, r := range sellers {
		appendOneRollup(w, r)
	}
	w.endArray()
	w.key("team")
	appendOneRollup(w, team)
}

func appendOneRollup(w *jsonw, r analyze.Rollup) {
	stat := func(s analyze.Stats) {
		w.beginObject()
		w.key("n")
		w.int(s.N)
		w.key("median")
		if s.N > 0 {
			w.num(s.Median)
		} else {
			w.null()
		}
		w.key("mean")
		if s.N > 0 {
			w.num(s.Mean)
		} else {
			w.null()
		}
		w.key("on_target")
		if share, ok := s.OnTargetShare(); ok {
			w.num(share)
		} else {
			w.null()
		}
		w.endObject()
	}
	w.beginObject()
	w.key("seller")
	w.strOrNull(r.Seller)
	w.key("calls")
	w.int(r.Calls)
	w.key("score")
	stat(r.Score)
	w.key("metrics")
	w.beginObject()
	for _, s := range r.Metrics {
		w.key(s.Name)
		stat(s)
	}
	w.endObject()
	w.endObject()
}
