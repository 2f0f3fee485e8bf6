package rt

import "reflect"

// FuncName returns the __name__ of the function value f, which is one of
// fns, whose Python names are names (in the same order). Functions made by
// one def or lambda share their code, and so their name.
func FuncName(f any, fns []any, names []string) string {
	pc := reflect.ValueOf(f).Pointer()
	for i, fn := range fns {
		if reflect.ValueOf(fn).Pointer() == pc {
			return names[i]
		}
	}
	return "<function>"
}
