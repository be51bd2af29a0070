// Command train fits the question model (../qmodel) on the AMI Meeting
// Corpus dialogue acts and writes it to ../qmodel/model.bin:
//
//	go run ./analyze/passes/questions/internal/train -ami ../shared/corpus/ami-da/meetings
//
// Each meeting's dialogue acts become a plain transcript, one "Speaker:
// text" line an act, read by the project's reader twice: as written, and
// with . ? ! , ; : removed and the text lower-cased (as ASR gives it). A
// line is a question when its act is one of AMI's elicit acts (el.inf,
// el.sug, el.ass, el.und); the label goes on the line's last sentence. The
// model is a logistic regression over qmodel's hashed features, fitted by
// stochastic gradient descent in a fixed order (the run is reproducible).
// Every fifth meeting is held out to choose the two decision thresholds
// (best F1 on punctuated and on unpunctuated sentences); the model is
// then fitted again on all meetings.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/lastmile/lastmile/analyze/passes/questions"
	"github.com/lastmile/lastmile/analyze/passes/questions/internal/qmodel"
	"github.com/lastmile/lastmile/analyze/read"
)

type example struct {
	feats []uint32
	y     bool
	mode  int  // qmodel.Mode: -1 for a sentence the model does not judge
	rule  bool // the hand-written classifier's verdict
}

var strip = regexp.MustCompile(`[.?!,;:]`)

func main() {
	dir := flag.String("ami", "../shared/corpus/ami-da/meetings", "folder of AMI dialogue-act TSVs")
	out := flag.String("o", "analyze/passes/questions/internal/qmodel/model.bin", "model file to write")
	epochs := flag.Int("epochs", 6, "passes over the data")
	l2 := flag.Float64("l2", 1e-6, "L2 penalty per example")
	demote := flag.Bool("demote", false, "let the model also overrule the rules' questions (it does not generalise: earnings-call questions unlike AMI's are rejected)")
	flag.Parse()
	files, _ := filepath.Glob(filepath.Join(*dir, "*.tsv"))
	sort.Strings(files)
	if len(files) == 0 {
		log.Fatalf("no TSV files in %s", *dir)
	}
	var train, held, all []example
	for i, f := range files {
		ex := examples(f)
		all = append(all, ex...)
		if i%5 == 4 {
			held = append(held, ex...)
		} else {
			train = append(train, ex...)
		}
	}
	m := fit(train, *epochs, *l2)
	for mode := range 2 {
		m.Promote[mode], m.Demote[mode] = cuts(m, held, mode, *demote)
	}
	report("held out", m, held)
	final := fit(all, *epochs, *l2)
	final.Promote, final.Demote = m.Promote, m.Demote
	report("all (training)", final, all)
	if err := os.WriteFile(*out, final.Encode(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("wrote %s: %d examples from %d meetings, promote from %.3f / %.3f, demote below %.3f / %.3f\n", *out, len(all), len(files),
		final.Promote[0], final.Promote[1], final.Demote[0], final.Demote[1])
}

// examples reads one meeting as written and unpunctuated.
func examples(path string) []example {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var lines []string
	var labels []bool
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for first := true; sc.Scan(); first = false {
		p := strings.Split(sc.Text(), "\t")
		if first || len(p) < 10 {
			continue
		}
		text := strings.TrimSpace(p[9])
		if text == "" || strings.HasPrefix(text, "{") {
			continue // no words: a vocal sound or a gap
		}
		lines = append(lines, p[1]+": "+text)
		labels = append(labels, isQuestion(p[6], text))
	}
	var ex []example
	for _, unp := range []bool{false, true} {
		src := lines
		if unp {
			src = make([]string, len(lines))
			for i, l := range lines {
				name, text, _ := strings.Cut(l, ": ")
				src[i] = name + ": " + strings.ToLower(strip.ReplaceAllString(text, ""))
			}
		}
		t, err := read.Parse(filepath.Base(path)+".txt", []byte(strings.Join(src, "\n")+"\n"), read.ReadOptions{})
		if err != nil {
			log.Fatalf("%s: %v", path, err)
		}
		// The last sentence of each line carries its label.
		last := map[int][2]int{}
		for i := range t.Turns {
			for j := range t.Turns[i].Sentences {
				last[t.Turns[i].Sentences[j].Line] = [2]int{i, j}
			}
		}
		questions.ModelInputs(t, nil, func(i, j int, in *qmodel.Input) {
			line := t.Turns[i].Sentences[j].Line
			y := line >= 1 && line <= len(labels) && labels[line-1] && last[line] == [2]int{i, j}
			var fs []uint32
			qmodel.Features(in, func(h uint32) { fs = append(fs, h&(1<<qmodel.Bits-1)) })
			ex = append(ex, example{feats: fs, y: y, mode: qmodel.Mode(in), rule: questions.QuestionKind(in.Rule).Real()})
		})
	}
	return ex
}

// isQuestion is the label of an act: one of AMI's elicit acts (el.inf,
// el.sug, el.ass, el.und), or an act the transcribers ended with "?" that
// is not a backchannel (bck), a comment about understanding (und: "sorry?")
// or a positive or negative social act (be.pos, be.neg): AMI files
// suggestions and offers in question form ("shall we go on?", "can I
// take that?") apart from elicit acts, but they are questions in form,
// which is what the project counts.
func isQuestion(da, text string) bool {
	if strings.HasPrefix(da, "el.") {
		return true
	}
	if !strings.HasSuffix(text, "?") {
		return false
	}
	switch da {
	case "bck", "und", "be.pos", "be.neg", "stl":
		return false
	}
	return true
}

// fit runs SGD on the logistic loss, examples in a fixed shuffled order.
func fit(ex []example, epochs int, l2 float64) *qmodel.Model {
	w := make([]float64, 1<<qmodel.Bits)
	var bias float64
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(1, 2))
	step := 0
	for e := 0; e < epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			x := &ex[k]
			lr := 0.2 / (1 + float64(step)/float64(len(ex)))
			step++
			s := bias
			for _, h := range x.feats {
				s += w[h]
			}
			p := 1 / (1 + math.Exp(-s))
			g := p
			if x.y {
				g = p - 1
			}
			bias -= lr * g
			for _, h := range x.feats {
				w[h] -= lr * (g + l2*w[h])
			}
		}
	}
	m := &qmodel.Model{W: make([]float32, len(w)), Bias: float32(bias)}
	for i, x := range w {
		m.W[i] = float32(x)
	}
	// Round-trip through the file format so thresholds are chosen on the
	// weights that ship.
	m2, err := qmodel.Decode(m.Encode())
	if err != nil {
		log.Fatal(err)
	}
	return m2
}

func prob(m *qmodel.Model, x *example) float64 {
	s := float64(m.Bias)
	for _, h := range x.feats {
		s += float64(m.Weight(h))
	}
	return 1 / (1 + math.Exp(-s))
}

// cuts chooses the thresholds of one mode on held-out examples, so that
// the model overrules the rules only where it is at least as sure as the
// rules are right: it promotes from the lowest probability at which the
// sentences the rules call no question are questions as often as the
// rules' questions are (their precision), and demotes below the highest
// at which the rules' questions are questions no more often than the
// rules' non-questions are not... that is, at most 1 - precision of the
// time. Without such a probability it never overrules (1.01, 0).
func cuts(m *qmodel.Model, ex []example, mode int, demotes bool) (promote, demote float32) {
	var rule score
	for i := range ex {
		if ex[i].mode == mode {
			rule.add(ex[i].rule, ex[i].y)
		}
	}
	prec := float64(rule.tp) / float64(max(1, rule.tp+rule.fp))
	promote, demote = 1.01, 0
	for c := 0.99; c >= 0.2; c -= 0.01 {
		var hit, n int
		for i := range ex {
			if x := &ex[i]; x.mode == mode && !x.rule && prob(m, x) >= c {
				n++
				if x.y {
					hit++
				}
			}
		}
		if n >= 20 && float64(hit) >= prec*float64(n) {
			promote = float32(c)
		}
	}
	for c := 0.01; c <= 0.8; c += 0.01 {
		var hit, n int
		for i := range ex {
			if x := &ex[i]; x.mode == mode && x.rule && prob(m, x) < c {
				n++
				if x.y {
					hit++
				}
			}
		}
		if demotes && n >= 20 && float64(hit) <= (1-prec)*float64(n) {
			demote = float32(c)
		}
	}
	return promote, demote
}

type score struct{ tp, fp, fn int }

func (s *score) add(pred, gold bool) {
	switch {
	case pred && gold:
		s.tp++
	case pred:
		s.fp++
	case gold:
		s.fn++
	}
}

func (s score) f1() float64 {
	if s.tp == 0 {
		return 0
	}
	return 2 * float64(s.tp) / float64(2*s.tp+s.fp+s.fn)
}

func report(name string, m *qmodel.Model, ex []example) {
	var s, r [2]score
	for i := range ex {
		x := &ex[i]
		if x.mode < 0 {
			continue
		}
		p := prob(m, x)
		q := x.rule && p >= float64(m.Demote[x.mode]) || !x.rule && p >= float64(m.Promote[x.mode])
		s[x.mode].add(q, x.y)
		r[x.mode].add(x.rule, x.y)
	}
	fmt.Printf("%-15s F1 unfinished %.3f (%d, rules %.3f)  unpunctuated %.3f (%d, rules %.3f)\n", name, s[0].f1(), s[0].tp+s[0].fn, r[0].f1(), s[1].f1(), s[1].tp+s[1].fn, r[1].f1())
}
