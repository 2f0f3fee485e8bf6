package codegen_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/pyasync2go/pyasync2go/check"
	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/diag"
	"github.com/pyasync2go/pyasync2go/grammar"
)

// TestAcceptedCompiles translates every program of the corpora: each one is
// either rejected with diagnostics or translated to Go that type-checks.
func TestAcceptedCompiles(t *testing.T) {
	var files []string
	for _, pattern := range []string{"../testdata/lang/*.py", "../testdata/lang/*/*.py", "../testdata/conformance/*.py", "../testdata/conformance/*/*.py", "../testdata/bad/*.py", "testdata/*.py"} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("no corpus")
	}
	sort.Strings(files)
	accepted, rejected := 0, map[string]int{}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		mod, err := grammar.Parse(filepath.Base(path), src)
		if err != nil {
			continue
		}
		info, err := check.Check(mod)
		if err == nil {
			_, err = codegen.Generate(mod, info, codegen.DefaultOptions(filepath.Base(path)))
			if err == nil {
				accepted++
				out, _ := codegen.Generate(mod, info, codegen.DefaultOptions(filepath.Base(path)))
				t.Run(strings.TrimSuffix(filepath.Base(path), ".py"), func(t *testing.T) { typeCheck(t, out) })
				continue
			}
		}
		if strings.HasPrefix(path, "testdata/") {
			t.Errorf("%s must translate: %v", path, err)
			continue
		}
		l, ok := err.(diag.List)
		if !ok {
			t.Errorf("%s: error is not a diagnostic list: %v", path, err)
			continue
		}
		for _, e := range l {
			if strings.HasPrefix(e.Msg, "internal error") {
				t.Errorf("%s: %v", path, e)
			}
			msg := e.Msg
			if i := strings.Index(msg, " ("); i > 0 {
				msg = msg[:i]
			}
			rejected[msg]++
		}
	}
	t.Logf("%d of %d programs translated", accepted, len(files))
	if testing.Verbose() {
		var keys []string
		for k := range rejected {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return rejected[keys[i]] > rejected[keys[j]] })
		for _, k := range keys {
			t.Logf("%4d %s", rejected[k], k)
		}
	}
}
