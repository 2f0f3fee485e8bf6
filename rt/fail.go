package rt

import "strings"

// Fail raises cls(msg), an exception an operation raises whatever the
// values of its operands, which are evaluated before it.
func Fail(cls *Class, msg string, operands ...any) (any, error) {
	return nil, Raise(cls.New(msg))
}

// JoinItems is sep.join(items) for items that may not be strs: TypeError
// "sequence item 1: expected str instance, int found" for the first that
// is not.
func JoinItems[T any](sep string, items []T) (string, error) {
	parts := make([]string, len(items))
	for i, x := range items {
		s, ok := any(x).(string)
		if !ok {
			return "", Raise(TypeError.New("sequence item " + itoa(i) + ": expected str instance, " + TypeName(x) + " found"))
		}
		parts[i] = s
	}
	return strings.Join(parts, sep), nil
}
