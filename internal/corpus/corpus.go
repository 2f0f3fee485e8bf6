// Package corpus is the differential test harness: it translates, builds
// and runs every Python program of a corpus directory and compares each
// program's normalized trace (see package trace) with the one recorded
// from CPython 3.11 next to it.
//
// Layout: every NAME.py under a corpus directory (recursively, except
// files and directories whose name starts with "_" or ".") is a program;
// its recorded trace is NAME.trace beside it, written by Record from a
// CPython run and never edited by hand. Programs run with their own
// directory as the working directory and their base name as argv[0].
package corpus

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/pyasync2go/pyasync2go/diag"
	"github.com/pyasync2go/pyasync2go/driver"
	"github.com/pyasync2go/pyasync2go/internal/trace"
)

// Program is one Python program of a corpus.
type Program struct {
	Name  string // path relative to the corpus root, without ".py"
	Path  string // absolute path of the .py file
	Trace string // absolute path of the recorded trace
}

// Discover returns the programs under root, sorted by name.
func Discover(root string) ([]Program, error) {
	root, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	var progs []Program
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if path != root && (strings.HasPrefix(name, "_") || strings.HasPrefix(name, ".")) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !strings.HasSuffix(name, ".py") {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		base := strings.TrimSuffix(path, ".py")
		progs = append(progs, Program{
			Name:  filepath.ToSlash(strings.TrimSuffix(rel, ".py")),
			Path:  path,
			Trace: base + ".trace",
		})
		return nil
	})
	sort.Slice(progs, func(i, j int) bool { return progs[i].Name < progs[j].Name })
	return progs, err
}

// Config controls a run of the harness.
type Config struct {
	Translator driver.Translator // nil: driver.DefaultTranslator
	Cache      *driver.Cache
	Timeout    time.Duration // per program run; 0 means 60 s
	Runs       int           // runs of each Go program (determinism); 0 means 1
	Oracle     bool          // also run CPython live and compare
	Jobs       int           // parallel builds; 0 means GOMAXPROCS
	Stackless  bool          // translate with stackless frames (-stackless)
}

// Result is the outcome for one program.
type Result struct {
	Program Program
	Err     error    // translation, build or run failure
	Got     []string // normalized traces of the Go program, one per run
	Want    string   // recorded trace
	WantErr error    // reading the recorded trace failed
	Live    string   // normalized trace of a live CPython run (Config.Oracle)
	LiveErr error
	// Retried is set when the first run differed from the recorded trace
	// and the program was run again alone (Got[0] is then the second run).
	Retried bool
}

// Problems lists what is wrong with a result, each with a unified diff
// where traces differ; it is empty when the program passed.
func (r *Result) Problems() []string {
	var out []string
	if r.Err != nil {
		out = append(out, r.Err.Error())
	}
	switch {
	case errors.Is(r.WantErr, fs.ErrNotExist):
		out = append(out, fmt.Sprintf("no recorded trace %s: record it from CPython with PYASYNC2GO_UPDATE=1 go test ./internal/corpus",
			filepath.Base(r.Program.Trace)))
	case r.WantErr != nil:
		out = append(out, r.WantErr.Error())
	case len(r.Got) > 0:
		if d := trace.Diff("recorded "+filepath.Base(r.Program.Trace), "go", r.Want, r.Got[0]); d != "" {
			out = append(out, "Go trace differs from CPython's:\n"+d)
		}
	}
	for i := 1; i < len(r.Got); i++ {
		if d := trace.Diff("go run 1", fmt.Sprintf("go run %d", i+1), r.Got[0], r.Got[i]); d != "" {
			out = append(out, "nondeterministic trace:\n"+d)
			break
		}
	}
	if r.LiveErr != nil {
		out = append(out, "python3: "+r.LiveErr.Error())
	} else if r.Live != "" && r.WantErr == nil {
		if d := trace.Diff("recorded "+filepath.Base(r.Program.Trace), "python3 now", r.Want, r.Live); d != "" {
			out = append(out, "recorded trace is out of date with CPython (re-record with PYASYNC2GO_UPDATE=1):\n"+d)
		}
	}
	return out
}

// RunAll translates and builds every program (in parallel, bounded by
// Config.Jobs), then runs them (more widely, since programs mostly sleep)
// and returns the results in the order of progs. Runs start after all
// builds finish so that compilers do not slow the programs down: traces
// hold timestamps rounded to 0.1 s.
func RunAll(ctx context.Context, progs []Program, cfg Config) []Result {
	if cfg.Timeout == 0 {
		cfg.Timeout = 60 * time.Second
	}
	if cfg.Runs < 1 {
		cfg.Runs = 1
	}
	if cfg.Jobs < 1 {
		cfg.Jobs = runtime.GOMAXPROCS(0)
	}
	results := make([]Result, len(progs))
	bins := make([]string, len(progs))
	srcs := make([][]byte, len(progs))
	parallel(len(progs), cfg.Jobs, func(i int) {
		p := progs[i]
		r := &results[i]
		r.Program = p
		want, err := os.ReadFile(p.Trace)
		r.Want, r.WantErr = string(want), err
		if srcs[i], err = os.ReadFile(p.Path); err != nil {
			r.Err = err
			return
		}
		bins[i], r.Err = build(ctx, cfg, p, srcs[i])
	})
	parallel(len(progs), 4*cfg.Jobs, func(i int) {
		r := &results[i]
		if r.Err != nil {
			return
		}
		opts := trace.OptionsFor(srcs[i])
		for range cfg.Runs {
			got, err := runGo(ctx, cfg, r.Program, bins[i])
			if err != nil {
				r.Err = err
				return
			}
			r.Got = append(r.Got, trace.NormalizeWith(got, opts))
		}
		if cfg.Oracle {
			live, err := runPython(ctx, cfg, r.Program)
			r.Live, r.LiveErr = trace.NormalizeWith(live, opts), err
		}
	})
	// A program whose trace differs is run again alone: on a loaded
	// machine a wake-up can be late by more than the 0.05 s that rounding
	// absorbs, and two timers 20 ms apart can then fire in one turn of the
	// loop, as they would in CPython under the same load. A real
	// difference shows again.
	for i := range results {
		r := &results[i]
		if r.Err != nil || r.WantErr != nil || len(r.Got) == 0 || r.Got[0] == r.Want {
			continue
		}
		if got, err := runGo(ctx, cfg, r.Program, bins[i]); err == nil {
			r.Got[0] = trace.NormalizeWith(got, trace.OptionsFor(srcs[i]))
			r.Retried = true
		}
	}
	return results
}

// parallel calls f(0), ..., f(n-1) with at most limit calls at a time.
func parallel(n, limit int, f func(i int)) {
	sem := make(chan struct{}, limit)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			f(i)
		})
	}
	wg.Wait()
}

func build(ctx context.Context, cfg Config, p Program, src []byte) (string, error) {
	goSrc, err := driver.Translate(cfg.Translator, p.Path, src, driver.Options{Stackless: cfg.Stackless})
	if err != nil {
		return "", fmt.Errorf("translation failed:\n%s", diagnostics(err))
	}
	return cfg.Cache.Build(ctx, goSrc)
}

func diagnostics(err error) string {
	var list diag.List
	if !errors.As(err, &list) {
		return err.Error()
	}
	var lines []string
	for _, e := range list {
		lines = append(lines, e.Long())
	}
	return strings.Join(lines, "\n")
}

func runGo(ctx context.Context, cfg Config, p Program, bin string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin)
	cmd.Args[0] = filepath.Base(p.Path)
	cmd.Dir = filepath.Dir(p.Path)
	return trace.Capture(ctx, cmd)
}

func runPython(ctx context.Context, cfg Config, p Program) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	cmd := trace.PythonCommand(ctx, filepath.Base(p.Path))
	cmd.Dir = filepath.Dir(p.Path)
	return trace.Capture(ctx, cmd)
}

// Record runs every program under CPython and writes its normalized trace
// next to it. It refuses to record from a python3 other than 3.11.
func Record(ctx context.Context, progs []Program, cfg Config) error {
	v, err := trace.PythonVersion()
	if err != nil {
		return err
	}
	if !strings.HasPrefix(v, "3.11.") {
		return fmt.Errorf("traces are recorded from CPython 3.11; python3 is %s", v)
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 60 * time.Second
	}
	errs := make([]error, len(progs))
	parallel(len(progs), 8, func(i int) {
		p := progs[i]
		src, err := os.ReadFile(p.Path)
		if err != nil {
			errs[i] = err
			return
		}
		tr, err := runPython(ctx, cfg, p)
		if err != nil {
			errs[i] = fmt.Errorf("%s: %v", p.Name, err)
			return
		}
		_, errs[i] = driver.WriteFileIfChanged(p.Trace, []byte(trace.NormalizeWith(tr, trace.OptionsFor(src))))
	})
	return errors.Join(errs...)
}
