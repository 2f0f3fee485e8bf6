package corpus

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pyasync2go/pyasync2go/driver"
	"github.com/pyasync2go/pyasync2go/internal/trace"
)

var (
	update      = flag.Bool("update", false, "re-record the traces from CPython 3.11 (or PYASYNC2GO_UPDATE=1)")
	oracle      = flag.Bool("oracle", false, "also run python3 live and compare (or PYASYNC2GO_ORACLE=1)")
	determinism = flag.Int("determinism", 0, "run each Go program N times expecting identical traces (or PYASYNC2GO_DETERMINISM=N)")
)

func updating() bool { return *update || os.Getenv("PYASYNC2GO_UPDATE") == "1" }

func oracleWanted() bool { return *oracle || os.Getenv("PYASYNC2GO_ORACLE") == "1" }

func runs() int {
	if *determinism > 0 {
		return *determinism
	}
	n, _ := strconv.Atoi(os.Getenv("PYASYNC2GO_DETERMINISM"))
	return max(n, 1)
}

func TestSeed(t *testing.T)        { runSuite(t, "../../testdata/seed") }
func TestConformance(t *testing.T) { runSuite(t, "../../testdata/conformance") }
func TestLang(t *testing.T)        { runSuite(t, "../../testdata/lang") }
func TestExamples(t *testing.T)    { runSuite(t, "../../examples") }

// TestStackless runs, translated with -stackless, every corpus program
// that the flag changes, against the same recorded CPython traces.
func TestStackless(t *testing.T) {
	var progs []Program
	known := map[string]bool{}
	for _, dir := range []string{"../../testdata/seed", "../../testdata/conformance", "../../testdata/lang", "../../examples"} {
		ps, err := Discover(dir)
		if err != nil {
			t.Fatal(err)
		}
		kf, err := ReadKnownFailures(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range ps {
			if _, ok := kf[p.Name]; ok {
				known[p.Path] = true
			}
		}
		progs = append(progs, ps...)
	}
	changed := progs[:0]
	for _, p := range progs {
		src, err := os.ReadFile(p.Path)
		if err != nil {
			t.Fatal(err)
		}
		plain, err1 := driver.Translate(nil, p.Path, src, driver.Options{})
		frames, err2 := driver.Translate(nil, p.Path, src, driver.Options{Stackless: true})
		if err1 == nil && err2 == nil && string(plain) != string(frames) {
			changed = append(changed, p)
		}
	}
	if len(changed) == 0 {
		t.Fatal("-stackless changes no corpus program")
	}
	cache, err := driver.NewCache("")
	if err != nil {
		t.Fatal(err)
	}
	cache.Race = raceEnabled
	for _, r := range RunAll(context.Background(), changed, Config{Cache: cache, Stackless: true}) {
		t.Run(r.Program.Name, func(t *testing.T) {
			problems := r.Problems()
			if known[r.Program.Path] {
				t.Skip("a known failure of its corpus")
			}
			for _, p := range problems {
				t.Errorf("%s.py with -stackless: %s", r.Program.Name, p)
			}
		})
	}
}

// runSuite checks every program of a corpus directory against its
// recorded CPython trace.
func runSuite(t *testing.T, dir string) {
	progs, err := Discover(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) == 0 {
		t.Skipf("no programs in %s", dir)
	}
	ctx := context.Background()
	if updating() {
		if err := Record(ctx, selected(progs), Config{}); err != nil {
			t.Fatalf("recording traces: %v", err)
		}
	}
	cfg := Config{Runs: runs()}
	if oracleWanted() {
		if v, err := trace.PythonVersion(); err != nil || !strings.HasPrefix(v, "3.11.") {
			t.Logf("oracle: no CPython 3.11 (%v %v); comparing with recorded traces only", v, err)
		} else {
			cfg.Oracle = true
		}
	}
	if cfg.Cache, err = driver.NewCache(""); err != nil {
		t.Fatal(err)
	}
	// Under go test -race, the programs are built with -race too.
	cfg.Cache.Race = raceEnabled
	known, err := ReadKnownFailures(dir)
	if err != nil {
		t.Fatal(err)
	}
	strict := os.Getenv("PYASYNC2GO_STRICT") == "1"
	for _, r := range RunAll(ctx, progs, cfg) {
		t.Run(r.Program.Name, func(t *testing.T) {
			if r.Retried {
				t.Log("the first run differed; ran again alone")
			}
			problems := r.Problems()
			if reason, ok := known[r.Program.Name]; ok && !strict {
				if len(problems) == 0 {
					t.Errorf("%s.py passes now: remove it from %s", r.Program.Name, KnownFailuresFile)
					return
				}
				t.Skipf("known failure (%s): %s", reason, firstLine(problems[0]))
			}
			for _, p := range problems {
				t.Errorf("%s.py: %s", r.Program.Name, p)
			}
		})
	}
}

// selected keeps the programs that go test's -run pattern selects, so that
// "-update -run TestLang/NAME" re-records NAME alone: re-recording a
// timing-sensitive program on a busy machine can record a different order.
func selected(progs []Program) []Program {
	f := flag.Lookup("test.run")
	if f == nil {
		return progs
	}
	_, sub, ok := strings.Cut(f.Value.String(), "/")
	if !ok {
		return progs
	}
	re, err := regexp.Compile(sub)
	if err != nil {
		return progs
	}
	var out []Program
	for _, p := range progs {
		if re.MatchString(p.Name) {
			out = append(out, p)
		}
	}
	return out
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// notesPath is the seed document, in the shared directory beside the
// repository.
const notesPath = "../../../shared/seed/asyncio-notes.ja.md"

// seedNames are the directories of testdata/seed, in the document's order.
var seedNames = []string{
	"01_sleep", "02_to_thread", "03_cancel", "04_shield", "05_current_task",
	"06_taskgroup", "07_taskgroup_error", "08_gather_error", "09_subprocess",
}

// TestSeedMatchesNotes checks that the seed programs are the document's
// and that their recorded CPython traces equal what the document printed,
// after normalization. Timestamps normalize to offsets from the first one,
// so this also checks the programs' timing (a 1 s sleep takes 1 s).
func TestSeedMatchesNotes(t *testing.T) {
	md, err := os.ReadFile(notesPath)
	if err != nil {
		t.Skipf("seed notes not available: %v", err)
	}
	examples := ParseNotes(string(md))
	if len(examples) != len(seedNames) {
		t.Fatalf("the notes have %d examples, want %d", len(examples), len(seedNames))
	}
	for i, ex := range examples {
		t.Run(seedNames[i], func(t *testing.T) {
			dir := filepath.Join("../../testdata/seed", seedNames[i])
			src, err := os.ReadFile(filepath.Join(dir, "main.py"))
			if err != nil {
				t.Fatal(err)
			}
			if string(src) != ex.Code {
				t.Errorf("main.py differs from the notes:\n%s", trace.Diff("notes", "main.py", ex.Code, string(src)))
			}
			recorded, err := os.ReadFile(filepath.Join(dir, "main.trace"))
			if err != nil {
				t.Fatal(err)
			}
			want := trace.Normalize(trace.Format(ex.Output, "", 0))
			if d := trace.Diff("notes", "main.trace", want, string(recorded)); d != "" {
				t.Errorf("recorded trace differs from the notes' output:\n%s", d)
			}
		})
	}
}

func TestParseNotes(t *testing.T) {
	md := "# T\n\n```sh\n> python -m asyncio\n```\n\n```python\nprint(1)\n```\n\ntext\n\n```sh\n> python main.py\n1\n```\n\n" +
		"```python\nprint(2)\n```\n\n```sh\n# python main.py\n2\n3\n```\n"
	got := ParseNotes(md)
	want := []Example{{"print(1)\n", "1\n"}, {"print(2)\n", "2\n3\n"}}
	if len(got) != len(want) {
		t.Fatalf("got %d examples, want %d: %q", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("example %d: got %q, want %q", i, got[i], want[i])
		}
	}
}
