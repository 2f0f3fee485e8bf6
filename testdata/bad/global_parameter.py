# Bad input: a parameter declared global.
def set_level(level):
    global level  # ERROR "name 'level' is parameter and global"
    level = 3
