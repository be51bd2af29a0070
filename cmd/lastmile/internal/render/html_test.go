package render

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/read"
	"github.com/lastmile/lastmile/analyze/transcript"
)

func renderHTML(t testing.TB, sc *analyze.Scorecard, ann []analyze.Annotation) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := HTML(&b, sc, ann); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func parseHTML(t testing.TB, b []byte) *html.Node {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// nodes returns the element nodes under n that match, in document order.
func nodes(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && match(d) {
			out = append(out, d)
		}
	}
	return out
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasClass(n *html.Node, class string) bool {
	v, _ := attr(n, "class")
	return slices.Contains(strings.Fields(v), class)
}

// is matches elements by tag name and, optionally, classes.
func is(tag string, classes ...string) func(*html.Node) bool {
	return func(n *html.Node) bool {
		if n.Data != tag {
			return false
		}
		for _, c := range classes {
			if !hasClass(n, c) {
				return false
			}
		}
		return true
	}
}

func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

func ids(t *testing.T, doc *html.Node) map[string]*html.Node {
	t.Helper()
	out := make(map[string]*html.Node)
	for _, n := range nodes(doc, func(*html.Node) bool { return true }) {
		if id, ok := attr(n, "id"); ok {
			if _, dup := out[id]; dup {
				t.Errorf("id %q is used twice", id)
			}
			out[id] = n
		}
	}
	return out
}

// checkSelfContained checks that a page loads nothing: no scripts, no
// stylesheets, images or frames, no resource URLs, and every link points
// inside the page at an element that exists.
func checkSelfContained(t *testing.T, doc *html.Node) {
	t.Helper()
	idx := ids(t, doc)
	for _, n := range nodes(doc, func(*html.Node) bool { return true }) {
		switch n.DataAtom {
		case atom.Script, atom.Link, atom.Img, atom.Iframe, atom.Object, atom.Embed, atom.Base, atom.Frame, atom.Audio, atom.Video, atom.Source, atom.Form, atom.Textarea:
			t.Errorf("page has a <%s> element", n.Data)
		}
		if n.Data == "image" || n.Data == "use" || n.Data == "foreignObject" {
			t.Errorf("page has an SVG <%s> element", n.Data)
		}
		for _, a := range n.Attr {
			val := strings.ToLower(a.Val)
			if strings.HasPrefix(a.Key, "on") || a.Key == "src" || a.Key == "srcset" || a.Key == "action" || a.Key == "formaction" || strings.HasSuffix(a.Key, ":href") {
				t.Errorf("<%s> has attribute %s=%q", n.Data, a.Key, a.Val)
			}
			if a.Key != "title" && (strings.Contains(val, "http://") || strings.Contains(val, "https://") || strings.Contains(val, "url(")) {
				t.Errorf("<%s %s=%q> refers to a resource", n.Data, a.Key, a.Val)
			}
			if a.Key == "href" {
				id, ok := strings.CutPrefix(a.Val, "#")
				if !ok {
					t.Errorf("<%s href=%q> leaves the page", n.Data, a.Val)
				} else if idx[id] == nil {
					t.Errorf("<%s href=%q> points at no element", n.Data, a.Val)
				}
			}
		}
	}
	for _, st := range nodes(doc, is("style")) {
		css := strings.ToLower(textOf(st))
		for _, bad := range []string{"@import", "url(", "http:", "https:", "@font-face"} {
			if strings.Contains(css, bad) {
				t.Errorf("style sheet contains %q", bad)
			}
		}
	}
}

func TestHTMLReportStructure(t *testing.T) {
	sc, ann := scoreFile(t, "sample-call.txt", "Jordan")
	tr := sc.Transcript
	doc := parseHTML(t, renderHTML(t, sc, ann))
	checkSelfContained(t, doc)
	idx := ids(t, doc)

	// The header.
	if h1 := nodes(doc, is("h1")); len(h1) != 1 || textOf(h1[0]) != "sample-call.txt" {
		t.Errorf("want one <h1>sample-call.txt, got %d", len(h1))
	}
	if got := nodes(doc, is("span", "num")); len(got) != 1 || textOf(got[0]) != "63" {
		t.Errorf("score: got %v", got)
	}

	// The scorecard: one row per shown metric, in order, with its status.
	shown := shownMetrics(sc.Metrics, sc.Rubric)
	rows := nodes(doc, func(n *html.Node) bool { return n.Data == "tr" && hasClass(n, "m") })
	if len(rows) != len(shown) {
		t.Fatalf("%d scorecard rows, want %d", len(rows), len(shown))
	}
	for i, m := range shown {
		th := nodes(rows[i], is("th"))[0]
		if got, want := th.FirstChild.Data, sc.Rubric.MetricDef(m.Name).Title; got != want {
			t.Errorf("row %d: metric %q, want %q", i, got, want)
		}
		badge := nodes(rows[i], is("span", "badge"))
		if len(badge) != 1 || textOf(badge[0]) != string(m.Status) || !hasClass(badge[0], statusClass(m.Status)) {
			t.Errorf("row %d (%s): badge %q, want %q", i, m.Name, textOf(badge[0]), m.Status)
		}
	}

	// The evidence: one item per finding, each linking to its sentence.
	items := nodes(doc, is("li", "f"))
	if len(items) != len(sc.Findings) {
		t.Fatalf("%d evidence items, want %d", len(items), len(sc.Findings))
	}
	for i, f := range sc.Findings {
		links := nodes(items[i], is("a", "where"))
		if f.Ref.Turn < 0 {
			if len(links) != 0 {
				t.Errorf("finding %d is about the whole call but links somewhere", i)
			}
			continue
		}
		if len(links) != 1 {
			t.Fatalf("finding %d (%s): %d links", i, f.Kind, len(links))
		}
		href, _ := attr(links[0], "href")
		target := idx[strings.TrimPrefix(href, "#")]
		if target == nil || !hasClass(target, "s") {
			t.Errorf("finding %d (%s) links to %q, not a sentence", i, f.Kind, href)
			continue
		}
		if f.Evidence != "" && f.Ref.Sentence >= 0 && !strings.Contains(textOf(target), f.Evidence) {
			t.Errorf("finding %d (%s): sentence %q does not hold evidence %q", i, f.Kind, textOf(target), f.Evidence)
		}
	}

	// The transcript: an anchor per sentence holding its text, in turns.
	for _, a := range ann {
		n := idx[sentenceID(a.Ref.Turn, a.Ref.Sentence)]
		if n == nil {
			t.Errorf("no anchor for %v", a.Ref)
			continue
		}
		if !strings.Contains(textOf(n), a.Text) {
			t.Errorf("%v: anchor text %q lacks %q", a.Ref, textOf(n), a.Text)
		}
		turn := n.Parent
		if turn == nil || !hasClass(turn, "turn") || !hasClass(turn, a.Role.String()) {
			t.Errorf("%v: sentence is not in a %s turn", a.Ref, a.Role)
		}
	}
	if got := nodes(doc, is("div", "turn")); len(got) != len(tr.Turns) {
		t.Errorf("%d turn groups, want %d", len(got), len(tr.Turns))
	}

	// The timeline: one SVG, a bar per turn (no turn of this call is
	// narrower than a unit), and a marker per seller question,
	// interruption, opener and next step.
	svgs := nodes(doc, is("svg"))
	if len(svgs) != 1 || !hasClass(svgs[0], "timeline") {
		t.Fatalf("want exactly one <svg class=timeline>, got %d", len(svgs))
	}
	svg := svgs[0]
	if got := nodes(svg, is("rect", "bar")); len(got) != len(tr.Turns)+2 { // + 2 legend swatches
		t.Errorf("%d bars, want %d turns + 2 legend swatches", len(got), len(tr.Turns))
	}
	want := map[string]int{}
	nextRefs := map[transcript.Ref]bool{}
	for _, a := range ann {
		if a.Role == transcript.RoleRep {
			switch a.Value("question") {
			case "open":
				want["mk-open"]++
			case "closed":
				want["mk-closed"]++
			case "", "backchannel":
			default:
				want["mk-q"]++
			}
		}
		for _, tag := range a.Tags {
			switch {
			case tag == "interrupts":
				want["mk-int"]++
			case strings.HasPrefix(tag, "opener:"):
				want["mk-opener"]++
			case strings.HasPrefix(tag, "next-step"):
				nextRefs[a.Ref] = true
			}
		}
	}
	want["mk-next"] = len(nextRefs)
	if want["mk-open"] == 0 || want["mk-closed"] == 0 || want["mk-int"] != 1 || want["mk-opener"] != 1 || want["mk-next"] != 2 {
		t.Fatalf("the sample call should have open and closed questions, one interruption, one opener and two next steps: %v", want)
	}
	for class, n := range want {
		markers := nodes(svg, is("a", "mk", class))
		if len(markers) != n {
			t.Errorf("%d %s markers, want %d", len(markers), class, n)
		}
		for _, m := range markers {
			titles := nodes(m, is("title"))
			if len(titles) != 1 || !strings.Contains(textOf(titles[0]), "“") {
				t.Errorf("%s marker without a quoted sentence in its <title>", class)
			}
		}
	}
	band := nodes(svg, func(n *html.Node) bool { return n.Data == "rect" && hasClass(n, "band") && n.Parent.Data == "a" })
	if len(band) != 1 {
		t.Fatalf("%d monologue bands, want 1", len(band))
	}
	if href, _ := attr(band[0].Parent, "href"); href != "#s30-0" {
		t.Errorf("monologue band links to %q, want #s30-0 (the seller's pitch at 4:40)", href)
	}
	// The interruption marker sits at the interrupter's start.
	s := newTimelineScale(tr)
	marker := nodes(svg, is("a", "mk-int"))[0]
	d, _ := attr(nodes(marker, is("path"))[0], "d")
	by := sc.Findings[slices.IndexFunc(sc.Findings, func(f analyze.Finding) bool { return f.Kind == "interruption" })].Ref.Turn
	if wantX := s.x(secs(tr.Turns[by].Start)); !strings.HasPrefix(d, "M"+px(wantX-4.8).String()+" ") {
		t.Errorf("interruption marker %q is not at x=%s", d, px(wantX))
	}
}

// evil strings that must come through as text and nothing else.
var evil = []string{
	`<script>alert(1)</script>`,
	`"quotes" onmouseover="alert(2)`,
	`'single' onerror='alert(3)'`,
	`&amp; &lt;b&gt; &#x3C;`,
	`</textarea><img src=x onerror=alert(4)>`,
	`javascript:alert(5)`,
	`</title><script>alert(6)</script>`,
	`]]><!-- --><svg onload=alert(7)><a href="javascript:alert(8)">x</a>`,
	`</style><style>body{background:url(https://example.com/x)}</style>`,
}

func evilScorecard() *analyze.Scorecard {
	rep, customer, other := `javascript:alert(5) "Rep" <b>`, `</textarea><script>alert(1)</script>`, `'single' onerror='x'`
	t := &transcript.Transcript{
		Name:   `<script>alert(1)</script>"x'.txt`,
		Format: read.Text.Name, Timing: transcript.TimingFull,
		Speakers: []transcript.Speaker{{Name: rep, Role: transcript.RoleRep}, {Name: customer, Role: transcript.RoleCustomer}, {Name: other}},
		Notes:    []string{evil[3], evil[6]},
	}
	sc := &analyze.Scorecard{Transcript: t, Rubric: stubRubric}
	speakers := []string{rep, customer, other}
	roles := []transcript.Role{transcript.RoleRep, transcript.RoleCustomer, transcript.RoleUnknown}
	at := time.Second
	for i, text := range evil {
		k := i % 3
		turn := transcript.Turn{Speaker: speakers[k], Role: roles[k], Start: at, End: at + 9*time.Second, Line: i + 1, Text: text + " " + text}
		for j := range 2 {
			turn.Sentences = append(turn.Sentences, transcript.Sentence{Text: text, Line: i + 1, Start: at, Words: transcript.Words(text), Offset: j * (len(text) + 1)})
		}
		t.Turns = append(t.Turns, turn)
		at += 10 * time.Second
	}
	t.Start, t.End = time.Second, at
	tag := func(turn, s int, tags ...string) {
		r := transcript.Ref{Turn: turn, Sentence: s}
		for _, name := range tags {
			sc.Tags = append(sc.Tags, analyze.Tag{Ref: r, Name: name})
		}
	}
	tag(0, 0, "question:open", `x" onclick="alert(9)`, "opener:pitch")
	tag(3, 1, "question:closed", "interrupts", "next-step:dated", evil[0])
	tag(6, 0, "monologue")
	tag(6, 1, "monologue", `question:<b>`)
	for i, text := range evil {
		sc.Findings = append(sc.Findings, analyze.Finding{Kind: text, Ref: transcript.Ref{Turn: i, Sentence: 1}, Line: i + 1, Start: t.Turns[i].Start, Timed: true,
			Speaker: t.Turns[i].Speaker, Message: text, Evidence: text})
	}
	sc.Findings = append(sc.Findings,
		analyze.Finding{Kind: "interruption", Ref: transcript.Ref{Turn: 3, Sentence: 1}, Message: evil[1], Speaker: rep},
		analyze.Finding{Kind: "monologue", Ref: transcript.Ref{Turn: 6, Sentence: -1}, Message: evil[2], Speaker: rep},
		analyze.Finding{Kind: "no-next-step", Ref: transcript.Ref{Turn: -1, Sentence: -1}, Message: evil[5]},
	)
	sc.Metrics = []analyze.Metric{
		{Name: "talk_ratio", Value: 50, Detail: evil[0], Status: analyze.StatusGood},
		{Name: "questions", NA: evil[4], Status: analyze.StatusNA},
		{Name: `<i>unknown metric</i>`, Value: 1, Detail: evil[8], Status: analyze.StatusInfo},
	}
	sc.Score, sc.Scored = 100, true
	return sc
}

func TestHTMLReportEscaping(t *testing.T) {
	sc := evilScorecard()
	ann := analyze.Annotate(sc)
	b := renderHTML(t, sc, ann)
	doc := parseHTML(t, b)
	checkSelfContained(t, doc)

	allowed := []string{"lang", "charset", "name", "content", "class", "id", "href", "title", "scope", "style",
		"viewBox", "role", "aria-label", "x", "y", "x1", "x2", "y1", "y2", "width", "height", "rx", "d"}
	for _, n := range nodes(doc, func(*html.Node) bool { return true }) {
		for _, a := range n.Attr {
			if !slices.Contains(allowed, a.Key) {
				t.Errorf("<%s> has unexpected attribute %s=%q", n.Data, a.Key, a.Val)
			}
			if a.Key == "style" && (n.Data != "div" || !hasClass(n, "ring")) {
				t.Errorf("<%s style=%q>: only the score ring has a style", n.Data, a.Val)
			}
		}
	}
	if got := nodes(doc, is("svg")); len(got) != 1 {
		t.Errorf("%d <svg> elements, want 1", len(got))
	}
	for _, n := range nodes(doc, is("b")) {
		if !hasClass(n.Parent, "note") {
			t.Errorf("a <b> outside a finding note: %q", textOf(n))
		}
	}
	if got := nodes(doc, is("style")); len(got) != 1 {
		t.Errorf("%d <style> elements, want 1", len(got))
	}

	// Everything comes back as the literal text.
	if got := textOf(nodes(doc, is("h1"))[0]); got != sc.Transcript.Name {
		t.Errorf("<h1> %q, want %q", got, sc.Transcript.Name)
	}
	if got := textOf(nodes(doc, is("title"))[0]); got != sc.Transcript.Name+" · call report" {
		t.Errorf("<title> %q", got)
	}
	idx := ids(t, doc)
	for i, text := range evil {
		for j := range 2 {
			n := idx[sentenceID(i, j)]
			if n == nil {
				t.Fatalf("no sentence %d-%d", i, j)
			}
			body := nodes(n, is("div", "b"))[0]
			if body.FirstChild == nil || body.FirstChild.Type != html.TextNode || body.FirstChild.Data != text {
				t.Errorf("sentence %d-%d: first text %q, want %q", i, j, textOf(body), text)
			}
		}
	}
	page := textOf(doc)
	for _, s := range append(slices.Clone(evil), sc.Transcript.Speakers[0].Name, sc.Transcript.Speakers[1].Name, sc.Transcript.Speakers[2].Name,
		`x" onclick="alert(9)`, `question:<b>`, `<i>unknown metric</i>`) {
		if !strings.Contains(page, s) {
			t.Errorf("page text lacks %q", s)
		}
	}
	whos := nodes(doc, is("span", "who"))
	var names []string
	for _, n := range whos {
		names = append(names, textOf(n))
	}
	for _, sp := range sc.Transcript.Speakers {
		if !slices.Contains(names, sp.Name) {
			t.Errorf("speaker %q is not shown as a name", sp.Name)
		}
	}
	// SVG tooltips carry the names and sentences as text too.
	var tips []string
	for _, n := range nodes(doc, is("title")) {
		tips = append(tips, textOf(n))
	}
	tipText := strings.Join(tips, "\n")
	for _, s := range []string{sc.Transcript.Speakers[0].Name, sc.Transcript.Speakers[1].Name, evil[0], evil[3]} {
		if !strings.Contains(tipText, s) {
			t.Errorf("no SVG tooltip holds %q", s)
		}
	}
	// The unknown tags are plain chips.
	var chipsText []string
	for _, n := range nodes(doc, is("span", "chip")) {
		chipsText = append(chipsText, textOf(n))
	}
	for _, want := range []string{`x" onclick="alert(9)`, evil[0], "question:<b>"} {
		if !slices.Contains(chipsText, want) {
			t.Errorf("no chip %q in %q", want, chipsText)
		}
	}
	// The raw bytes: no tag from the input survives unescaped.
	for _, bad := range []string{"<script", "<img", "<textarea", "</textarea", "<i>", "<svg onload", "href=\"javascript"} {
		if bytes.Contains(bytes.ToLower(b), []byte(strings.ToLower(bad))) {
			t.Errorf("output contains %q", bad)
		}
	}
}

var update = flag.Bool("update", false, "rewrite the golden report")

func TestHTMLReportDeterministic(t *testing.T) {
	sc1, ann1 := scoreFile(t, "sample-call.txt", "Jordan")
	sc2, ann2 := scoreFile(t, "sample-call.txt", "Jordan")
	a, b := renderHTML(t, sc1, ann1), renderHTML(t, sc2, ann2)
	if !bytes.Equal(a, b) {
		t.Error("two renderings of the same call differ")
	}
	if c := renderHTML(t, sc1, nil); !bytes.Equal(a, c) {
		t.Error("nil annotations render differently from Annotate's")
	}
	big := syntheticCall(800, time.Hour)
	if !bytes.Equal(renderHTML(t, big, nil), renderHTML(t, syntheticCall(800, time.Hour), nil)) {
		t.Error("two renderings of the synthetic call differ")
	}
}

// TestHTMLReportGolden compares a small call's report with
// testdata/html/small.html; go test -update rewrites it (look at it in a
// browser, then review the diff).
func TestHTMLReportGolden(t *testing.T) {
	sc, ann := scoreFile(t, "small.txt", "Sam")
	got := renderHTML(t, sc, ann)
	golden := filepath.Join("testdata", "small.html")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := range max(len(gl), len(wl)) {
			g, w := "", ""
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("report differs from %s at line %d (go test -update rewrites it):\ngot:  %s\nwant: %s", golden, i+1, g, w)
			}
		}
	}
	checkSelfContained(t, parseHTML(t, got))
}

func TestHTMLReportUntimed(t *testing.T) {
	src := "Rep: Hi, thanks for the time. What does your week look like?\n" +
		"Customer: Busy. We ship two hundred orders a day, and um, most of them by hand, which is the problem.\n" +
		"Rep: How do you pick them today? Is it paper?\n" +
		"Customer: Paper, yes.\n" +
		"Rep: Can I send you an invite for Friday to show you the scanner app?\n" +
		"Customer: Sure.\n"
	sc, ann := scoreText(t, "untimed.txt", []byte(src))
	doc := parseHTML(t, renderHTML(t, sc, ann))
	checkSelfContained(t, doc)
	svg := nodes(doc, is("svg"))[0]
	if got := len(nodes(svg, is("rect", "bar"))); got != 6+2 {
		t.Errorf("%d bars, want 6 turns + 2 legend swatches", got)
	}
	var labels []string
	for _, n := range nodes(svg, is("text", "lane")) {
		labels = append(labels, textOf(n))
	}
	if !slices.Contains(labels, "words") {
		t.Errorf("untimed axis should count words: lane labels %q", labels)
	}
	if got := len(nodes(svg, is("a", "mk-open"))); got != 2 {
		t.Errorf("%d open-question markers, want 2", got)
	}
	if got := len(nodes(svg, is("a", "mk-next"))); got != 1 {
		t.Errorf("%d next-step markers, want 1", got)
	}
	for _, n := range nodes(doc, is("div", "g")) {
		if strings.Contains(textOf(n), ":") {
			t.Errorf("untimed call shows a time: %q", textOf(n))
		}
	}
	// Word positions: the second turn starts after the first one's words.
	s := newTimelineScale(sc.Transcript)
	if got, want := s.turns[1].from, float64(sc.Transcript.Turns[0].Words()); got != want {
		t.Errorf("turn 2 starts at word %v, want %v", got, want)
	}
}

func TestHTMLReportEdgeCases(t *testing.T) {
	// One unlabelled speaker: no sides, nothing scored, no findings but
	// the whole call's.
	sc, ann := scoreText(t, "mono.txt", []byte("Speaker 1: Hello there. Is anyone on the line?\nSpeaker 2: Yes.\n"))
	for i := range sc.Transcript.Speakers {
		sc.Transcript.Speakers[i].Role = transcript.RoleUnknown
	}
	for i := range sc.Transcript.Turns {
		sc.Transcript.Turns[i].Role = transcript.RoleUnknown
	}
	sc.Scored, sc.Score = false, 0
	sc.Findings = slices.DeleteFunc(sc.Findings, func(f analyze.Finding) bool { return f.Ref.Turn >= 0 })
	sc.Tags = slices.DeleteFunc(sc.Tags, func(tg analyze.Tag) bool { return !strings.HasPrefix(tg.Name, "question:") })
	ann = analyze.Annotate(sc)
	doc := parseHTML(t, renderHTML(t, sc, ann))
	checkSelfContained(t, doc)
	svg := nodes(doc, is("svg"))[0]
	if got := nodes(svg, is("rect", "track")); len(got) != 1 || !hasClass(got[0], "unknown") {
		t.Errorf("want a single unknown track, got %d tracks", len(got))
	}
	if got := textOf(nodes(doc, is("span", "num"))[0]); got != "n/a" {
		t.Errorf("unscored call shows score %q", got)
	}
	if got := nodes(doc, is("a", "mk")); len(got) != 0 {
		t.Errorf("no seller, but %d markers (%v)", len(got), got[0].Attr)
	}
	if got := nodes(doc, is("text", "nns")); len(got) != 1 {
		t.Errorf("want the whole-call 'no next step' note on the timeline, got %d", len(got))
	}

	// Findings pointing at a turn, past the last sentence, or nowhere.
	sc, ann = scoreFile(t, "small.txt", "Sam")
	sc.Findings = []analyze.Finding{
		{Kind: "monologue", Ref: transcript.Ref{Turn: 4, Sentence: -1}, Message: "turn"},
		{Kind: "odd", Ref: transcript.Ref{Turn: 4, Sentence: 99}, Message: "past the end"},
		{Kind: "odd", Ref: transcript.Ref{Turn: 99, Sentence: 0}, Message: "nowhere"},
	}
	ann = analyze.Annotate(sc)
	doc = parseHTML(t, renderHTML(t, sc, ann))
	checkSelfContained(t, doc)
	var hrefs []string
	for _, n := range nodes(doc, is("li", "f")) {
		h := ""
		if a := nodes(n, is("a", "where")); len(a) == 1 {
			h, _ = attr(a[0], "href")
		}
		hrefs = append(hrefs, h)
	}
	if want := []string{"#s4-0", "#t4", ""}; !slices.Equal(hrefs, want) {
		t.Errorf("finding links %q, want %q", hrefs, want)
	}

	// No turns at all: no timeline, still a page.
	empty := &analyze.Scorecard{Transcript: &transcript.Transcript{Name: "empty.txt"}}
	doc = parseHTML(t, renderHTML(t, empty, nil))
	if got := nodes(doc, is("svg")); len(got) != 0 {
		t.Errorf("empty call has a timeline")
	}
}

// TestHTMLReportLargeCall checks that a 60-minute, 800-turn call makes a
// page of reasonable size: narrow turns merge into shared bars, and every
// turn is still covered by a bar of its side.
func TestHTMLReportLargeCall(t *testing.T) {
	sc := syntheticCall(800, time.Hour)
	ann := analyze.Annotate(sc)
	b := renderHTML(t, sc, ann)
	doc := parseHTML(t, b)
	checkSelfContained(t, doc)
	svgStart, svgEnd := bytes.Index(b, []byte("<svg")), bytes.Index(b, []byte("</svg>"))
	svg := nodes(doc, is("svg"))[0]
	var bars []*html.Node
	for _, n := range nodes(svg, is("rect", "bar")) {
		if n.Parent.Data == "a" {
			bars = append(bars, n)
		}
	}
	t.Logf("%d turns, %d sentences: HTML %d bytes, SVG %d bytes, %d bars, %d markers",
		len(sc.Transcript.Turns), len(ann), len(b), svgEnd-svgStart, len(bars), len(nodes(svg, is("a", "mk"))))
	if len(b) > 1<<20 {
		t.Errorf("report is %d bytes, want under 1 MiB", len(b))
	}
	if svgEnd-svgStart > 200<<10 {
		t.Errorf("timeline is %d bytes, want under 200 KiB", svgEnd-svgStart)
	}
	if len(bars) >= len(sc.Transcript.Turns) || len(bars) < 50 {
		t.Errorf("%d bars for %d turns: narrow turns should merge, but not everything", len(bars), len(sc.Transcript.Turns))
	}
	s := newTimelineScale(sc.Transcript)
	type span struct {
		x0, x1 float64
		class  string
	}
	var spans []span
	for _, n := range bars {
		x, _ := attr(n, "x")
		w, _ := attr(n, "width")
		c, _ := attr(n, "class")
		var xf, wf float64
		if _, err := fmt.Sscan(x, &xf); err != nil {
			t.Fatal(err)
		}
		if _, err := fmt.Sscan(w, &wf); err != nil {
			t.Fatal(err)
		}
		if wf < 1 {
			t.Errorf("bar %q narrower than a unit: %v", c, wf)
		}
		spans = append(spans, span{xf, xf + wf, c})
	}
	for i := range sc.Transcript.Turns {
		turn := &sc.Transcript.Turns[i]
		x0, x1 := s.x(s.turns[i].from), s.x(s.turns[i].to)
		covered := slices.ContainsFunc(spans, func(sp span) bool {
			return strings.HasSuffix(sp.class, turn.Role.String()) && sp.x0 <= x0+0.1 && sp.x1 >= math.Min(x1, x0+1)-0.1
		})
		if !covered {
			t.Errorf("turn %d (%s, x %.1f–%.1f) is on no bar", i, turn.Role, x0, x1)
		}
	}
}

func BenchmarkHTMLReport800Turns(b *testing.B) {
	sc := syntheticCall(800, time.Hour)
	ann := analyze.Annotate(sc)
	var size int
	for b.Loop() {
		var buf bytes.Buffer
		if err := HTML(&buf, sc, ann); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size), "bytes/report")
}

// TestHTMLReportCapsTranscript: a call of more sentences than
// MaxHTMLSentences shows only the first of them, says so on the page, and
// drops the evidence links that would point past the cut; the scorecard
// and the timeline still cover the whole call.
func TestHTMLReportCapsTranscript(t *testing.T) {
	sc, ann := scoreFile(t, "sample-call.txt", "Jordan")
	old := MaxHTMLSentences
	MaxHTMLSentences = 5
	defer func() { MaxHTMLSentences = old }()
	doc := parseHTML(t, renderHTML(t, sc, ann))
	if n := len(nodes(doc, is("div", "s"))); n != 5 {
		t.Errorf("%d sentences shown, want 5", n)
	}
	cut := nodes(doc, is("p", "cut"))
	if len(cut) != 1 || !strings.Contains(textOf(cut[0]), fmt.Sprintf("first 5 of %d sentences", len(ann))) {
		t.Fatalf("no note saying where the transcript stops")
	}
	id := ids(t, doc)
	for _, a := range nodes(doc, is("a")) {
		if href, ok := attr(a, "href"); ok && strings.HasPrefix(href, "#") && id[href[1:]] == nil {
			t.Errorf("link %s points nowhere", href)
		}
	}
	if len(nodes(doc, is("div", "metric"))) == 0 && len(nodes(doc, is("tr"))) == 0 {
		t.Errorf("no scorecard")
	}
}
