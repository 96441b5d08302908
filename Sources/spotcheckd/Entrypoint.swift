import SpotcheckDaemon

@main
struct Entrypoint {
    static func main() async {
        await SpotcheckDaemonMain.main()
    }
}
