package pyasync2go_test

import (
	"os"
	"strings"
	"testing"

	"github.com/pyasync2go/pyasync2go/check"
)

const (
	tableBegin = "<!-- support-table:begin -->\n"
	tableEnd   = "<!-- support-table:end -->"
)

// TestReadmeSupportTable checks that the README's support table is the
// checker's list of constructs; PYASYNC2GO_UPDATE=1 rewrites it.
func TestReadmeSupportTable(t *testing.T) {
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	i, j := strings.Index(readme, tableBegin), strings.Index(readme, tableEnd)
	if i < 0 || j < i {
		t.Fatal("README.md has no support-table markers")
	}
	want := check.SupportTable()
	got := readme[i+len(tableBegin) : j]
	if got == want {
		return
	}
	if os.Getenv("PYASYNC2GO_UPDATE") == "1" {
		readme = readme[:i+len(tableBegin)] + want + readme[j:]
		if err := os.WriteFile("README.md", []byte(readme), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README.md's support table is not check.SupportTable(); run PYASYNC2GO_UPDATE=1 go test -run TestReadmeSupportTable .")
}
