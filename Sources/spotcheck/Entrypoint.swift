import SpotcheckCLI

@main
struct Entrypoint {
    static func main() {
        SpotcheckMain.main()
    }
}
