package grammar

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2/lexer"
)

// checkSameParse parses toks with parseFast and with the participle
// grammar: parseFast must accept what participle accepts, reject what it
// rejects, and build the same tree.
func checkSameParse(t *testing.T, name string, toks []lexer.Token) {
	t.Helper()
	fast, ok := parseFast(toks)
	slow, err := parseTokens(toks)
	switch {
	case ok && err != nil:
		t.Errorf("%s: parseFast accepts what participle rejects (%v)", name, err)
	case !ok && err == nil:
		t.Errorf("%s: parseFast rejects a program participle accepts", name)
	case ok:
		if path, same := sameTree(reflect.ValueOf(fast), reflect.ValueOf(slow), "module"); !same {
			t.Errorf("%s: the trees differ at %s", name, path)
		}
	}
}

// sameTree compares two parse trees, taking a nil slice and an empty one
// as equal (participle leaves some repetitions that matched nothing
// empty, some nil; convert.go reads both alike).
func sameTree(a, b reflect.Value, path string) (string, bool) {
	if a.Type() != b.Type() {
		return path, false
	}
	switch a.Kind() {
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			return path, a.IsNil() == b.IsNil()
		}
		return sameTree(a.Elem(), b.Elem(), path)
	case reflect.Struct:
		for i := range a.NumField() {
			if p, ok := sameTree(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name); !ok {
				return p, false
			}
		}
		return path, true
	case reflect.Slice:
		if a.Len() != b.Len() {
			return path, false
		}
		for i := range a.Len() {
			if p, ok := sameTree(a.Index(i), b.Index(i), path+"[]"); !ok {
				return p, false
			}
		}
		return path, true
	case reflect.String:
		return path, a.String() == b.String()
	case reflect.Bool:
		return path, a.Bool() == b.Bool()
	case reflect.Int:
		return path, a.Int() == b.Int()
	}
	panic("sameTree: unexpected kind " + a.Kind().String())
}

// parserCorpus returns the sources of the grammar's test programs, the
// Python corpora of the repository and the syntax error cases.
func parserCorpus(t testing.TB) map[string][]byte {
	out := map[string][]byte{}
	files := corpus(t)
	for _, glob := range []string{"../testdata/*/*.py", "../testdata/*/*/*.py", "../examples/*.py", "../examples/*/*.py"} {
		more, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, more...)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[f] = src
	}
	for i, tc := range append(syntaxErrors, ours...) {
		out["case "+string(rune('a'+i%26))+strings.Repeat("'", i/26)] = []byte(tc.src)
	}
	return out
}

// TestParseFastAgrees runs both parsers on every corpus program and on
// token-level mutations of each (a token dropped, duplicated or replaced
// by another of the same program), which reach the error paths.
func TestParseFastAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	mutations := 40
	if testing.Short() {
		mutations = 5
	}
	for name, src := range parserCorpus(t) {
		s := scan("test.py", src)
		if s.err != nil {
			continue
		}
		toks := s.toks
		checkSameParse(t, name, toks)
		if len(toks) < 2 {
			continue
		}
		for range mutations {
			m := mutate(rng, toks)
			checkSameParse(t, name+" (mutated)", m)
		}
	}
}

// mutate returns a copy of toks with one token, not the final EOF,
// dropped, duplicated or replaced by another token of toks.
func mutate(rng *rand.Rand, toks []lexer.Token) []lexer.Token {
	i := rng.IntN(len(toks) - 1)
	out := make([]lexer.Token, 0, len(toks)+1)
	out = append(out, toks[:i]...)
	switch rng.IntN(3) {
	case 0:
	case 1:
		out = append(out, toks[i], toks[i])
	case 2:
		out = append(out, toks[rng.IntN(len(toks)-1)])
	}
	return append(out, toks[i+1:]...)
}

// FuzzParseFast compares the two parsers on any input the lexer accepts.
func FuzzParseFast(f *testing.F) {
	for _, src := range parserCorpus(f) {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		s := scan("fuzz.py", src)
		if s.err != nil {
			return
		}
		checkSameParse(t, "input", s.toks)
	})
}
