package driver

import (
	"os"
	"strings"
	"testing"
)

// TestComments checks that -comments puts each Python statement above
// the Go it became, and that the output stays gofmt-clean and compiles
// to the same statements as without comments.
func TestComments(t *testing.T) {
	src, err := os.ReadFile("../testdata/seed/03_cancel/main.py")
	if err != nil {
		t.Fatal(err)
	}
	out, err := Translate(DefaultTranslator, "main.py", src, Options{Comments: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"\t// task.cancel()\n//line main.py:17\n\ttask.Cancel()\n",
		"\t// await asyncio.sleep(1)\n//line main.py:16\n\tif err := rt.Sleep(1); err != nil {\n",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	plain, err := Translate(DefaultTranslator, "main.py", src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var code []string
	for _, ln := range strings.Split(string(out), "\n") {
		if t := strings.TrimSpace(ln); strings.HasPrefix(t, "// ") && !strings.HasPrefix(t, "// Code generated") {
			continue
		}
		code = append(code, ln)
	}
	if strings.Join(code, "\n") != string(plain) {
		t.Errorf("with the comments removed, the output differs from a plain translation")
	}
}
