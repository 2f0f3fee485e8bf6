package grammar

import (
	"bytes"
	"os"
	"testing"
)

// bigSource repeats the test corpus' programs until it has n lines.
func bigSource(tb testing.TB, n int) []byte {
	var b bytes.Buffer
	for _, name := range []string{"stmts.py", "exprs.py", "async.py", "fstrings.py", "seed5.py"} {
		src, err := os.ReadFile("testdata/" + name)
		if err != nil {
			tb.Fatal(err)
		}
		b.Write(src)
		b.WriteByte('\n')
	}
	unit := b.Bytes()
	var out bytes.Buffer
	for bytes.Count(out.Bytes(), []byte("\n")) < n {
		out.Write(unit)
	}
	return out.Bytes()
}

// BenchmarkParse20k parses a generated 20,000-line file.
func BenchmarkParse20k(b *testing.B) {
	src := bigSource(b, 20000)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Parse("big.py", src); err != nil {
			b.Fatal(err)
		}
	}
}
