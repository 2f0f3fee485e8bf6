package rt

import "testing"

// The marker lines are CPython 3.11's for these lines.
func TestAttrCaret(t *testing.T) {
	for _, tt := range []struct {
		src, msg, want string
	}{
		{"print(x.push(3) + 1)", "'list' object has no attribute 'push'", "      ^^^^^^"},
		{"print(1, p.zz)", "'P' object has no attribute 'zz'", "         ^^^^"},
		{"return self.y", "'Point' object has no attribute 'y'", "       ^^^^^^"},
		{"print(a.owner.upper() + a.missing)", "'Account' object has no attribute 'missing'", "                        ^^^^^^^^^"},
		{"p.z", "'P' object has no attribute 'z'", ""},
	} {
		got, ok := attrCaret(tt.src, AttributeError.New(tt.msg))
		if !ok || got != tt.want {
			t.Errorf("attrCaret(%q) = %q, %v, want %q", tt.src, got, ok, tt.want)
		}
	}
	if _, ok := attrCaret("x.y", ValueError.New("'P' object has no attribute 'y'")); ok {
		t.Error("attrCaret of a ValueError")
	}
}
